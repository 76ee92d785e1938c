#include "zkclientinfo.h"

#include "zkcapi.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ZkClientInfo {

bool hasTls()
{
#ifdef HAVE_OPENSSL_H
    return true;
#else
    return false;
#endif
}

bool hasSasl()
{
#ifdef HAVE_CYRUS_SASL_H
    return true;
#else
    return false;
#endif
}

QString version() { return QStringLiteral(ZOO_VERSION); }

QString origin() { return QStringLiteral(ZKDESK_ZKCLIENT_ORIGIN); }

QString unavailableReason()
{
    if (hasTls() && hasSasl()) return {};
    return QCoreApplication::translate(
        "ZkClientInfo",
        "This zkdesk uses the system's ZooKeeper C client, which is built without TLS and SASL. "
        "Build zkdesk with its own client (the default, -DZKDESK_SYSTEM_ZKCLIENT=OFF) to "
        "connect to secure clusters.");
}

QString versionText()
{
    const auto yesNo = [](bool on) { return on ? u"yes"_s : u"no"_s; };
    return u"ZooKeeper C client %1 (%2)\nTLS: %3, SASL: %4"_s.arg(
        version(), origin(), yesNo(hasTls()), yesNo(hasSasl()));
}

} // namespace ZkClientInfo
