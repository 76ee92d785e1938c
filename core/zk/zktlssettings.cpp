#include "zk/zktlssettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>

namespace {

QString fileProblem(const QString &what, const QString &path)
{
    if (path.contains(u','))
        return QCoreApplication::translate(
                   "ZkTlsSettings",
                   "The %1 path contains a comma, which the ZooKeeper C client cannot take "
                   "(it splits its TLS settings on commas): %2. Move or link the file to a path "
                   "without a comma.")
            .arg(what, path);
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("ZkTlsSettings", "The %1 file does not exist: %2")
            .arg(what, path);
    if (!info.isFile() || !info.isReadable())
        return QCoreApplication::translate("ZkTlsSettings", "The %1 file cannot be read: %2")
            .arg(what, path);
    return {};
}

} // namespace

QString ZkTlsSettings::validate() const
{
    if (!enabled) return {};
    if (caFile.isEmpty())
        return QCoreApplication::translate("ZkTlsSettings",
                                           "TLS needs a CA certificate file (PEM).");
    if (QString problem =
            fileProblem(QCoreApplication::translate("ZkTlsSettings", "CA certificate"), caFile);
        !problem.isEmpty())
        return problem;
    if (certFile.isEmpty() != keyFile.isEmpty())
        return QCoreApplication::translate(
            "ZkTlsSettings",
            "A client certificate needs its private key, and a key its certificate.");
    if (!hasClientCertificate())
        return keyPassword.isEmpty()
            ? QString()
            : QCoreApplication::translate("ZkTlsSettings", "A key password needs a client key.");
    if (QString problem = fileProblem(
            QCoreApplication::translate("ZkTlsSettings", "client certificate"), certFile);
        !problem.isEmpty())
        return problem;
    if (QString problem =
            fileProblem(QCoreApplication::translate("ZkTlsSettings", "client key"), keyFile);
        !problem.isEmpty())
        return problem;
    if (keyPassword.contains(','))
        return QCoreApplication::translate(
            "ZkTlsSettings",
            "The key password contains a comma, which the ZooKeeper C client cannot take "
            "(it splits its TLS settings on commas).");
    return {};
}

QByteArray ZkTlsSettings::clientString() const
{
    QByteArray out = QFile::encodeName(caFile);
    if (hasClientCertificate()) {
        out += ',' + QFile::encodeName(certFile) + ',' + QFile::encodeName(keyFile);
        if (!keyPassword.isEmpty()) out += ',' + keyPassword;
    }
    return out;
}

QString ZkTlsSettings::normalizedPin() const
{
    QString hex;
    for (const QChar c : pinnedSha256)
        if (c.isLetterOrNumber()) hex += c.toUpper();
    return hex;
}

QString ZkTlsSettings::clientSubject() const
{
    if (!hasClientCertificate()) return {};
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) return {};
    // Qt keeps the subject's attributes in a sorted map (their order is lost), so the order comes
    // from the certificate's text: OpenSSL prints "Subject: C = DE, O = Example, CN = client",
    // least specific first; RFC 2253 lists them the other way round, without the spaces.
    static const QRegularExpression subjectLine(QStringLiteral("^\\s*Subject: (.*)$"),
                                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = subjectLine.match(chain.first().toText());
    if (!match.hasMatch()) {
        const QStringList cn = chain.first().subjectInfo(QSslCertificate::CommonName);
        return cn.isEmpty() ? QString() : QStringLiteral("CN=") + cn.first();
    }
    QStringList parts;
    for (const QString &part : match.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) continue;
        parts.prepend(part.left(eq).trimmed() + u'=' + part.mid(eq + 1).trimmed());
    }
    return parts.join(u',');
}
