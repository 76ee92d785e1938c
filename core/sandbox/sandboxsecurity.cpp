#include "sandbox/sandboxsecurity.h"

namespace {
/// A JAAS option value: a double-quoted string, with `\` and `"` escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + value + u'"';
}
} // namespace

SandboxSecurity SandboxSecurity::tls(const QString &keyStore, const QString &trustStore)
{
    SandboxSecurity s;
    s.kind = Kind::Tls;
    s.keyStore = keyStore;
    s.trustStore = trustStore;
    return s;
}

SandboxSecurity SandboxSecurity::saslDigest(const QList<std::pair<QString, QString>> &users)
{
    SandboxSecurity s;
    s.kind = Kind::SaslDigest;
    s.users = users;
    return s;
}

SandboxSecurity SandboxSecurity::kerberos(const QString &keytab, const QString &principal,
                                          const QString &krb5Conf)
{
    SandboxSecurity s;
    s.kind = Kind::Kerberos;
    s.keytab = keytab;
    s.principal = principal;
    s.krb5Conf = krb5Conf;
    return s;
}

QStringList SandboxSecurity::configLines(quint16 securePort) const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Tls:
        return {
            QStringLiteral("serverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory"),
            QStringLiteral("secureClientPort=%1").arg(securePort),
            QStringLiteral("secureClientPortAddress=127.0.0.1"),
            QStringLiteral("ssl.keyStore.location=%1").arg(keyStore),
            QStringLiteral("ssl.keyStore.type=PEM"),
            QStringLiteral("ssl.trustStore.location=%1").arg(trustStore),
            QStringLiteral("ssl.trustStore.type=PEM"),
            QStringLiteral("ssl.clientAuth=%1").arg(clientAuth),
            QStringLiteral("authProvider.x509=org.apache.zookeeper.server.auth."
                           "X509AuthenticationProvider"),
        };
    case Kind::SaslDigest:
    case Kind::Kerberos:
        return {QStringLiteral("authProvider.sasl=org.apache.zookeeper.server.auth."
                               "SASLAuthenticationProvider")};
    }
    return {};
}

QString SandboxSecurity::jaasText() const
{
    if (kind == Kind::SaslDigest) {
        QString text =
            QStringLiteral("Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule "
                           "required");
        for (const auto &[user, password] : users)
            text += QStringLiteral("\n  user_%1=%2").arg(user, quoted(password));
        return text + QStringLiteral(";\n};\n");
    }
    if (kind == Kind::Kerberos) {
        return QStringLiteral("Server {\n  com.sun.security.auth.module.Krb5LoginModule required\n"
                              "  useKeyTab=true\n  keyTab=%1\n  storeKey=true\n"
                              "  useTicketCache=false\n  principal=%2;\n};\n")
            .arg(quoted(keytab), quoted(principal));
    }
    return {};
}

QStringList SandboxSecurity::jvmArguments(const QString &jaasPath) const
{
    QStringList args;
    if (needsJaas()) args << QStringLiteral("-Djava.security.auth.login.config=%1").arg(jaasPath);
    if (kind == Kind::Kerberos)
        args << QStringLiteral("-Djava.security.krb5.conf=%1").arg(krb5Conf)
             << QStringLiteral("-Dsun.security.krb5.disableReferrals=true");
    return args;
}
