#include "zk/zktlssettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ZkTlsSettings", text);
}

QString fileProblem(const QString &what, const QString &path)
{
    if (path.contains(u','))
        return tr("The %1 path contains a comma, which the ZooKeeper C client cannot take "
                  "(it splits its TLS settings on commas): %2. Move or link the file to a path "
                  "without a comma.")
            .arg(what, path);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The %1 file does not exist: %2").arg(what, path);
    if (!info.isFile() || !info.isReadable())
        return tr("The %1 file cannot be read: %2").arg(what, path);
    return {};
}

} // namespace

QString ZkTlsSettings::validate() const
{
    if (!enabled)
        return {};
    if (caFile.isEmpty())
        return tr("TLS needs a CA certificate file (PEM).");
    if (QString problem = fileProblem(tr("CA certificate"), caFile); !problem.isEmpty())
        return problem;
    if (certFile.isEmpty() != keyFile.isEmpty())
        return tr("A client certificate needs its private key, and a key its certificate.");
    if (!hasClientCertificate())
        return keyPassword.isEmpty() ? QString() : tr("A key password needs a client key.");
    if (QString problem = fileProblem(tr("client certificate"), certFile); !problem.isEmpty())
        return problem;
    if (QString problem = fileProblem(tr("client key"), keyFile); !problem.isEmpty())
        return problem;
    if (keyPassword.contains(','))
        return tr("The key password contains a comma, which the ZooKeeper C client cannot take "
                  "(it splits its TLS settings on commas).");
    return {};
}

QByteArray ZkTlsSettings::clientString() const
{
    QByteArray out = QFile::encodeName(caFile);
    if (hasClientCertificate()) {
        out += ',' + QFile::encodeName(certFile) + ',' + QFile::encodeName(keyFile);
        if (!keyPassword.isEmpty())
            out += ',' + keyPassword;
    }
    return out;
}

QString ZkTlsSettings::normalizedPin() const
{
    QString hex;
    for (const QChar c : pinnedSha256)
        if (c.isLetterOrNumber())
            hex += c.toUpper();
    return hex;
}
