#include "zk/zkerror.h"

#include "zkcapi.h"

#include <QCoreApplication>

#include <array>

// ZkCode mirrors the C constants so that nothing above core/ needs the C header; these checks
// make a future client upgrade that renumbers a code fail to compile instead of misreporting.
#define ZK_CHECK(code, constant)                                                                   \
    static_assert(static_cast<int>(ZkCode::code) == (constant), #constant " changed")
ZK_CHECK(Ok, ZOK);
ZK_CHECK(SystemError, ZSYSTEMERROR);
ZK_CHECK(RuntimeInconsistency, ZRUNTIMEINCONSISTENCY);
ZK_CHECK(DataInconsistency, ZDATAINCONSISTENCY);
ZK_CHECK(ConnectionLoss, ZCONNECTIONLOSS);
ZK_CHECK(MarshallingError, ZMARSHALLINGERROR);
ZK_CHECK(Unimplemented, ZUNIMPLEMENTED);
ZK_CHECK(OperationTimeout, ZOPERATIONTIMEOUT);
ZK_CHECK(BadArguments, ZBADARGUMENTS);
ZK_CHECK(InvalidState, ZINVALIDSTATE);
ZK_CHECK(NewConfigNoQuorum, ZNEWCONFIGNOQUORUM);
ZK_CHECK(ReconfigInProgress, ZRECONFIGINPROGRESS);
ZK_CHECK(SslConnectionError, ZSSLCONNECTIONERROR);
ZK_CHECK(ApiError, ZAPIERROR);
ZK_CHECK(NoNode, ZNONODE);
ZK_CHECK(NoAuth, ZNOAUTH);
ZK_CHECK(BadVersion, ZBADVERSION);
ZK_CHECK(NoChildrenForEphemerals, ZNOCHILDRENFOREPHEMERALS);
ZK_CHECK(NodeExists, ZNODEEXISTS);
ZK_CHECK(NotEmpty, ZNOTEMPTY);
ZK_CHECK(SessionExpired, ZSESSIONEXPIRED);
ZK_CHECK(InvalidCallback, ZINVALIDCALLBACK);
ZK_CHECK(InvalidAcl, ZINVALIDACL);
ZK_CHECK(AuthFailed, ZAUTHFAILED);
ZK_CHECK(Closing, ZCLOSING);
ZK_CHECK(Nothing, ZNOTHING);
ZK_CHECK(SessionMoved, ZSESSIONMOVED);
ZK_CHECK(NotReadOnly, ZNOTREADONLY);
ZK_CHECK(EphemeralOnLocalSession, ZEPHEMERALONLOCALSESSION);
ZK_CHECK(NoWatcher, ZNOWATCHER);
ZK_CHECK(ReconfigDisabled, ZRECONFIGDISABLED);
ZK_CHECK(SessionClosedRequireSasl, ZSESSIONCLOSEDREQUIRESASLAUTH);
ZK_CHECK(ThrottledOp, ZTHROTTLEDOP);
// QuotaExceeded (-125) has no C constant in 3.8.0: the server can still send it.
#undef ZK_CHECK

namespace {

struct CodeInfo
{
    ZkCode code;
    const char *name;
    const char *message;
};

// One row per ZkCode. Messages are lower-case so they read well after "cannot delete /a: ".
constexpr std::array kCodes{
    CodeInfo{ZkCode::Ok, "ZOK", QT_TRANSLATE_NOOP("ZkError", "ok")},
    CodeInfo{ZkCode::SystemError, "ZSYSTEMERROR",
             QT_TRANSLATE_NOOP(
                 "ZkError",
                 "system error in the ZooKeeper client (for example the host name could not be "
                 "resolved)")},
    CodeInfo{ZkCode::RuntimeInconsistency, "ZRUNTIMEINCONSISTENCY",
             QT_TRANSLATE_NOOP("ZkError", "runtime inconsistency in the ZooKeeper client")},
    CodeInfo{ZkCode::DataInconsistency, "ZDATAINCONSISTENCY",
             QT_TRANSLATE_NOOP("ZkError", "data inconsistency in the ZooKeeper client")},
    CodeInfo{ZkCode::ConnectionLoss, "ZCONNECTIONLOSS",
             QT_TRANSLATE_NOOP("ZkError", "connection to the server lost")},
    CodeInfo{ZkCode::MarshallingError, "ZMARSHALLINGERROR",
             QT_TRANSLATE_NOOP(
                 "ZkError", "the request or reply could not be encoded (is the data too large?)")},
    CodeInfo{
        ZkCode::Unimplemented, "ZUNIMPLEMENTED",
        QT_TRANSLATE_NOOP(
            "ZkError", "not supported by this server (TTL nodes need extendedTypesEnabled=true)")},
    CodeInfo{ZkCode::OperationTimeout, "ZOPERATIONTIMEOUT",
             QT_TRANSLATE_NOOP("ZkError", "operation timed out")},
    CodeInfo{ZkCode::BadArguments, "ZBADARGUMENTS",
             QT_TRANSLATE_NOOP("ZkError", "invalid arguments")},
    CodeInfo{ZkCode::InvalidState, "ZINVALIDSTATE",
             QT_TRANSLATE_NOOP("ZkError",
                               "the session is no longer valid (expired or closed): reconnect")},
    CodeInfo{ZkCode::NewConfigNoQuorum, "ZNEWCONFIGNOQUORUM",
             QT_TRANSLATE_NOOP("ZkError", "no quorum of the new configuration is connected")},
    CodeInfo{ZkCode::ReconfigInProgress, "ZRECONFIGINPROGRESS",
             QT_TRANSLATE_NOOP("ZkError", "another reconfiguration is in progress")},
    CodeInfo{ZkCode::SslConnectionError, "ZSSLCONNECTIONERROR",
             QT_TRANSLATE_NOOP("ZkError", "TLS connection error")},
    CodeInfo{ZkCode::ApiError, "ZAPIERROR", QT_TRANSLATE_NOOP("ZkError", "ZooKeeper API error")},
    CodeInfo{ZkCode::NoNode, "ZNONODE", QT_TRANSLATE_NOOP("ZkError", "node does not exist")},
    CodeInfo{ZkCode::NoAuth, "ZNOAUTH",
             QT_TRANSLATE_NOOP(
                 "ZkError",
                 "not authorised: the node's ACL does not grant this session the permission")},
    CodeInfo{
        ZkCode::BadVersion, "ZBADVERSION",
        QT_TRANSLATE_NOOP(
            "ZkError", "version conflict: the node was changed by someone else since it was read")},
    CodeInfo{ZkCode::NoChildrenForEphemerals, "ZNOCHILDRENFOREPHEMERALS",
             QT_TRANSLATE_NOOP("ZkError", "ephemeral nodes cannot have children")},
    CodeInfo{ZkCode::NodeExists, "ZNODEEXISTS",
             QT_TRANSLATE_NOOP("ZkError", "node already exists")},
    CodeInfo{ZkCode::NotEmpty, "ZNOTEMPTY", QT_TRANSLATE_NOOP("ZkError", "node has children")},
    CodeInfo{ZkCode::SessionExpired, "ZSESSIONEXPIRED",
             QT_TRANSLATE_NOOP("ZkError", "session expired")},
    CodeInfo{ZkCode::InvalidCallback, "ZINVALIDCALLBACK",
             QT_TRANSLATE_NOOP("ZkError", "invalid callback")},
    CodeInfo{
        ZkCode::InvalidAcl, "ZINVALIDACL",
        QT_TRANSLATE_NOOP(
            "ZkError",
            "invalid ACL (empty, or an \"auth\" entry while this session has no credentials)")},
    CodeInfo{ZkCode::AuthFailed, "ZAUTHFAILED",
             QT_TRANSLATE_NOOP("ZkError", "authentication failed")},
    CodeInfo{ZkCode::Closing, "ZCLOSING", QT_TRANSLATE_NOOP("ZkError", "connection closed")},
    CodeInfo{ZkCode::Nothing, "ZNOTHING",
             QT_TRANSLATE_NOOP("ZkError", "no server responses to process")},
    CodeInfo{ZkCode::SessionMoved, "ZSESSIONMOVED",
             QT_TRANSLATE_NOOP("ZkError", "session moved to another server")},
    CodeInfo{ZkCode::NotReadOnly, "ZNOTREADONLY",
             QT_TRANSLATE_NOOP("ZkError", "the server is read-only")},
    CodeInfo{ZkCode::EphemeralOnLocalSession, "ZEPHEMERALONLOCALSESSION",
             QT_TRANSLATE_NOOP("ZkError", "ephemeral nodes cannot be created on a local session")},
    CodeInfo{ZkCode::NoWatcher, "ZNOWATCHER", QT_TRANSLATE_NOOP("ZkError", "no such watch")},
    CodeInfo{ZkCode::ReconfigDisabled, "ZRECONFIGDISABLED",
             QT_TRANSLATE_NOOP("ZkError", "reconfiguration is disabled on the server")},
    CodeInfo{
        ZkCode::SessionClosedRequireSasl, "ZSESSIONCLOSEDREQUIRESASLAUTH",
        QT_TRANSLATE_NOOP("ZkError", "session closed: the server requires SASL authentication")},
    CodeInfo{ZkCode::QuotaExceeded, "ZQUOTAEXCEEDED",
             QT_TRANSLATE_NOOP("ZkError", "quota exceeded")},
    CodeInfo{ZkCode::ThrottledOp, "ZTHROTTLEDOP",
             QT_TRANSLATE_NOOP("ZkError",
                               "the server is overloaded and throttled the request: try again")},
};

const CodeInfo *find(ZkCode code)
{
    for (const CodeInfo &info : kCodes)
        if (info.code == code) return &info;
    return nullptr;
}

} // namespace

bool zkIsKnownCode(int rc) { return find(static_cast<ZkCode>(rc)) != nullptr; }

QString zkCodeMessage(ZkCode code)
{
    if (const CodeInfo *info = find(code))
        return QCoreApplication::translate("ZkError", info->message);
    return QCoreApplication::translate("ZkError", "unknown ZooKeeper error %1")
        .arg(static_cast<int>(code));
}

QString zkCodeName(ZkCode code)
{
    if (const CodeInfo *info = find(code)) return QString::fromLatin1(info->name);
    return QStringLiteral("ZUNKNOWN(%1)").arg(static_cast<int>(code));
}

ZkError ZkError::fromCode(int rc, const QString &path)
{
    // Unknown values are kept as they are so logs show what the server really sent.
    return fromCode(static_cast<ZkCode>(rc), path);
}

ZkError ZkError::fromCode(ZkCode code, const QString &path)
{
    if (code == ZkCode::Ok) return ZkError{ZkCode::Ok, QString(), path};
    return ZkError{code, zkCodeMessage(code), path};
}

ZkError ZkError::make(ZkCode code, const QString &message, const QString &path)
{
    return ZkError{code, message, path};
}

QString ZkError::toString() const
{
    const QString text = message.isEmpty() ? zkCodeMessage(code) : message;
    if (path.isEmpty()) return text;
    return text + QStringLiteral(": ") + path;
}
