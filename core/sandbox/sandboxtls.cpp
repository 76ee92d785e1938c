#include "sandbox/sandboxtls.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

const QStringList ecKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                           u"-nodes"_s};

bool openssl(const QDir &dir, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    // A worker thread's blocking wait (see the header); openssl answers in milliseconds.
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"openssl %1 failed: %2 %3"_s.arg(arguments.value(0), process.errorString(),
                                                   QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size()) return true;
    *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return false;
}

// A key and a certificate signed by ca.pem: <name>.key, <name>.pem.
bool issue(const QDir &dir, const QString &name, const QString &subject, const QByteArray &ext,
           int days, QString *error)
{
    if (!writeText(dir.filePath(name + u".ext"_s), ext, error)) return false;
    return openssl(dir,
                   QStringList{u"req"_s} + ecKey
                       + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s,
                                     u"-subj"_s, subject},
                   error)
        && openssl(dir,
                   {u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s,
                    u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".crt"_s,
                    u"-days"_s, QString::number(days), u"-extfile"_s, name + u".ext"_s},
                   error);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool SandboxTls::create(const QString &directory, const Options &options, SandboxTls *out,
                        QString *error)
{
    const QDir dir(directory);
    const QString clientSubject = u"CN="_s + options.clientCommonName;
    const bool ok = openssl(dir,
                            QStringList{u"req"_s, u"-x509"_s} + ecKey
                                + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s,
                                              u"-days"_s, QString::number(options.days), u"-subj"_s,
                                              u"/CN=zkdesk sandbox CA"_s, u"-addext"_s,
                                              u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                              u"keyUsage=critical,keyCertSign,cRLSign"_s},
                            error)
        && issue(dir, u"server"_s, u"/CN=zkdesk sandbox server"_s,
                 "subjectAltName=" + options.serverAltNames.join(u',').toUtf8()
                     + "\nextendedKeyUsage=serverAuth\n",
                 options.expiredServer ? -1 : options.days, error)
        && issue(dir, u"client"_s, u"/"_s + clientSubject, "extendedKeyUsage=clientAuth\n",
                 options.days, error);
    if (!ok) return false;
    // ZooKeeper's PEM keystore: the private key and the certificate in one file.
    const QByteArray keyStore =
        readAll(dir.filePath(u"server.key"_s)) + readAll(dir.filePath(u"server.crt"_s));
    if (!writeText(dir.filePath(u"server.pem"_s), keyStore, error)) return false;
    out->directory = dir.path();
    out->caFile = dir.filePath(u"ca.pem"_s);
    out->serverKeyStore = dir.filePath(u"server.pem"_s);
    out->clientCert = dir.filePath(u"client.crt"_s);
    out->clientKey = dir.filePath(u"client.key"_s);
    out->clientSubject = clientSubject;
    return true;
}
