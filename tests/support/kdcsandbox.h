#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/// A real MIT Kerberos KDC for the tests (Debian's krb5-kdc, krb5-admin-server, krb5-user): a
/// throwaway realm ZKDESK.TEST in a temporary folder, krb5kdc listening on a free 127.0.0.1
/// port (TCP and UDP), principals with keytabs, kinit into private ticket caches. start() sets
/// KRB5_CONFIG for this process, so libkrb5 here (and a JVM given javaKrb5Conf()) find it.
class KdcSandbox
{
public:
    static constexpr const char *kRealm = "ZKDESK.TEST";

    KdcSandbox() = default;
    ~KdcSandbox();
    KdcSandbox(const KdcSandbox &) = delete;
    KdcSandbox &operator=(const KdcSandbox &) = delete;

    /// Creates the realm and starts the KDC; false with `error` when any step fails.
    bool start(QString *error);
    /// Stops krb5kdc (the realm's files stay until destruction); start() is not repeated.
    void stopKdc();
    bool isRunning() const;

    /// Adds `principal` (without realm) with a random key and exports it to a keytab.
    bool addPrincipal(const QString &principal, QString *error);
    QString keytab(const QString &principal) const;
    /// kinit from the principal's keytab into the ticket cache file `cache`.
    bool kinit(const QString &principal, const QString &cache, QString *error,
               const QString &lifetime = {});

    QString krb5Conf() const { return path(u"krb5.conf"); }
    QString dir() const { return m_dir.path(); }
    int port() const { return m_port; }

private:
    QString path(QStringView name) const;
    bool run(const QString &program, const QStringList &args, QString *error) const;
    bool writeConfig(QString *error);
    bool waitForPort(QString *error) const;

    QTemporaryDir m_dir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_kdc;
};
