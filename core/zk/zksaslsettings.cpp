#include "zk/zksaslsettings.h"

#include <QCoreApplication>

QString ZkSaslSettings::mechanismName() const
{
    switch (mechanism) {
    case Mechanism::DigestMd5:
        return QStringLiteral("DIGEST-MD5");
    case Mechanism::Gssapi:
        return QStringLiteral("GSSAPI");
    case Mechanism::None:
        break;
    }
    return {};
}

ZkSaslSettings::Mechanism ZkSaslSettings::mechanismFromName(const QString &name)
{
    if (name.compare(u"DIGEST-MD5", Qt::CaseInsensitive) == 0) return Mechanism::DigestMd5;
    if (name.compare(u"GSSAPI", Qt::CaseInsensitive) == 0) return Mechanism::Gssapi;
    return Mechanism::None;
}

QString ZkSaslSettings::validate() const
{
    switch (mechanism) {
    case Mechanism::None:
        return {};
    case Mechanism::DigestMd5:
        if (user.trimmed().isEmpty())
            return QCoreApplication::translate("ZkSaslSettings",
                                               "SASL DIGEST-MD5 needs a user name.");
        if (password.isEmpty())
            return QCoreApplication::translate("ZkSaslSettings",
                                               "SASL DIGEST-MD5 needs the password of %1.")
                .arg(user);
        return {};
    case Mechanism::Gssapi:
        if (service.trimmed().isEmpty())
            return QCoreApplication::translate(
                "ZkSaslSettings",
                "SASL GSSAPI needs the service name of the server's principal (usually "
                "\"zookeeper\").");
        return {};
    }
    return {};
}

QString ZkSaslSettings::aclId(const QString &principal) const
{
    if (mechanism == Mechanism::DigestMd5) return user;
    if (mechanism == Mechanism::Gssapi) return principal;
    return {};
}
