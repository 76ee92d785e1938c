#include "kdcsandbox.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace {

// A port free for both TCP and UDP on 127.0.0.1 (the KDC listens on both).
int freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0)) continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort())) return tcp.serverPort();
    }
    return 0;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

KdcSandbox::~KdcSandbox() { stopKdc(); }

QString KdcSandbox::path(QStringView name) const { return m_dir.filePath(name.toString()); }

bool KdcSandbox::writeConfig(QString *error)
{
    const QString realm = QString::fromLatin1(kRealm);
    const QString krb5 =
        u"[libdefaults]\n default_realm = %1\n dns_lookup_kdc = false\n dns_lookup_realm = false\n"
        " rdns = false\n dns_canonicalize_hostname = false\n udp_preference_limit = 1\n"
        " ticket_lifetime = 1h\n\n[realms]\n %1 = {\n  kdc = 127.0.0.1:%2\n }\n\n"
        "[domain_realm]\n localhost = %1\n .localhost = %1\n"_s.arg(realm)
            .arg(m_port);
    const QString kdc =
        u"[kdcdefaults]\n kdc_listen = 127.0.0.1:%2\n kdc_tcp_listen = 127.0.0.1:%2\n\n"
        "[realms]\n %1 = {\n  database_name = %3/principal\n  key_stash_file = %3/stash\n"
        "  acl_file = %3/kadm5.acl\n  kdc_listen = 127.0.0.1:%2\n"
        "  kdc_tcp_listen = 127.0.0.1:%2\n  max_life = 10h 0m 0s\n }\n\n"
        "[logging]\n kdc = FILE:%3/kdc.log\n"_s.arg(realm)
            .arg(m_port)
            .arg(dir());
    if (writeFile(krb5Conf(), krb5) && writeFile(path(u"kdc.conf"), kdc)
        && writeFile(path(u"kadm5.acl"), u"*/admin@%1 *\n"_s.arg(realm)))
        return true;
    *error = u"cannot write the Kerberos configuration in "_s + dir();
    return false;
}

bool KdcSandbox::run(const QString &program, const QStringList &args, QString *error) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KRB5_CONFIG"_s, krb5Conf());
    env.insert(u"KRB5_KDC_PROFILE"_s, path(u"kdc.conf"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        *error = u"%1 did not start (%2): install krb5-kdc, krb5-admin-server and krb5-user "
                 "(packaging/deps.sh)"_s.arg(program, process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                           QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool KdcSandbox::waitForPort(QString *error) const
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && isRunning()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(1000)) return true;
        m_kdc->waitForFinished(50); // lets a failing KDC exit; the loop checks the condition
    }
    *error = u"krb5kdc did not listen on 127.0.0.1:%1: %2"_s.arg(m_port).arg(
        QString::fromLocal8Bit(m_kdc->readAll()));
    return false;
}

bool KdcSandbox::start(QString *error)
{
    if (!m_dir.isValid() || (m_port = freePort()) == 0) {
        *error = u"no temporary folder or free port for the KDC"_s;
        return false;
    }
    if (!writeConfig(error)) return false;
    qputenv("KRB5_CONFIG", krb5Conf().toLocal8Bit());
    const QString realm = QString::fromLatin1(kRealm);
    if (!run(u"/usr/sbin/kdb5_util"_s,
             {u"create"_s, u"-s"_s, u"-r"_s, realm, u"-P"_s, u"zkdesk-test-master"_s}, error))
        return false;
    m_kdc = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KRB5_KDC_PROFILE"_s, path(u"kdc.conf"));
    m_kdc->setProcessEnvironment(env);
    m_kdc->setProcessChannelMode(QProcess::MergedChannels);
    m_kdc->start(u"/usr/sbin/krb5kdc"_s, {u"-n"_s, u"-r"_s, realm});
    if (!m_kdc->waitForStarted(10000)) {
        *error = u"krb5kdc did not start: "_s + m_kdc->errorString();
        return false;
    }
    return waitForPort(error);
}

void KdcSandbox::stopKdc()
{
    if (!m_kdc) return;
    m_kdc->terminate();
    if (!m_kdc->waitForFinished(10000)) {
        m_kdc->kill();
        m_kdc->waitForFinished(10000);
    }
    m_kdc.reset();
}

bool KdcSandbox::isRunning() const { return m_kdc && m_kdc->state() == QProcess::Running; }

QString KdcSandbox::keytab(const QString &principal) const
{
    QString name = principal;
    name.replace(u'/', u'_');
    return path(name + u".keytab"_s);
}

bool KdcSandbox::addPrincipal(const QString &principal, QString *error)
{
    const QString full = principal + u'@' + QString::fromLatin1(kRealm);
    return run(u"/usr/sbin/kadmin.local"_s, {u"-q"_s, u"addprinc -randkey "_s + full}, error)
        && run(u"/usr/sbin/kadmin.local"_s,
               {u"-q"_s, u"ktadd -k %1 %2"_s.arg(keytab(principal), full)}, error);
}

bool KdcSandbox::kinit(const QString &principal, const QString &cache, QString *error,
                       const QString &lifetime)
{
    QStringList args{u"-kt"_s, keytab(principal), u"-c"_s, u"FILE:"_s + cache};
    if (!lifetime.isEmpty()) args << u"-l"_s << lifetime;
    args << principal + u'@' + QString::fromLatin1(kRealm);
    return run(u"/usr/bin/kinit"_s, args, error);
}
