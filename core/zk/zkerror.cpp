#include "zk/zkerror.h"

#include "zkcapi.h"

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
    CodeInfo{ZkCode::Ok, "ZOK", "ok"},
    CodeInfo{ZkCode::SystemError, "ZSYSTEMERROR",
             "system error in the ZooKeeper client (for example the host name could not be "
             "resolved)"},
    CodeInfo{ZkCode::RuntimeInconsistency, "ZRUNTIMEINCONSISTENCY",
             "runtime inconsistency in the ZooKeeper client"},
    CodeInfo{ZkCode::DataInconsistency, "ZDATAINCONSISTENCY",
             "data inconsistency in the ZooKeeper client"},
    CodeInfo{ZkCode::ConnectionLoss, "ZCONNECTIONLOSS", "connection to the server lost"},
    CodeInfo{ZkCode::MarshallingError, "ZMARSHALLINGERROR",
             "the request or reply could not be encoded (is the data too large?)"},
    CodeInfo{ZkCode::Unimplemented, "ZUNIMPLEMENTED",
             "not supported by this server (TTL nodes need extendedTypesEnabled=true)"},
    CodeInfo{ZkCode::OperationTimeout, "ZOPERATIONTIMEOUT", "operation timed out"},
    CodeInfo{ZkCode::BadArguments, "ZBADARGUMENTS", "invalid arguments"},
    CodeInfo{ZkCode::InvalidState, "ZINVALIDSTATE",
             "the session is no longer valid (expired or closed): reconnect"},
    CodeInfo{ZkCode::NewConfigNoQuorum, "ZNEWCONFIGNOQUORUM",
             "no quorum of the new configuration is connected"},
    CodeInfo{ZkCode::ReconfigInProgress, "ZRECONFIGINPROGRESS",
             "another reconfiguration is in progress"},
    CodeInfo{ZkCode::SslConnectionError, "ZSSLCONNECTIONERROR", "TLS connection error"},
    CodeInfo{ZkCode::ApiError, "ZAPIERROR", "ZooKeeper API error"},
    CodeInfo{ZkCode::NoNode, "ZNONODE", "node does not exist"},
    CodeInfo{ZkCode::NoAuth, "ZNOAUTH",
             "not authorised: the node's ACL does not grant this session the permission"},
    CodeInfo{ZkCode::BadVersion, "ZBADVERSION",
             "version conflict: the node was changed by someone else since it was read"},
    CodeInfo{ZkCode::NoChildrenForEphemerals, "ZNOCHILDRENFOREPHEMERALS",
             "ephemeral nodes cannot have children"},
    CodeInfo{ZkCode::NodeExists, "ZNODEEXISTS", "node already exists"},
    CodeInfo{ZkCode::NotEmpty, "ZNOTEMPTY", "node has children"},
    CodeInfo{ZkCode::SessionExpired, "ZSESSIONEXPIRED", "session expired"},
    CodeInfo{ZkCode::InvalidCallback, "ZINVALIDCALLBACK", "invalid callback"},
    CodeInfo{ZkCode::InvalidAcl, "ZINVALIDACL",
             "invalid ACL (empty, or an \"auth\" entry while this session has no credentials)"},
    CodeInfo{ZkCode::AuthFailed, "ZAUTHFAILED", "authentication failed"},
    CodeInfo{ZkCode::Closing, "ZCLOSING", "connection closed"},
    CodeInfo{ZkCode::Nothing, "ZNOTHING", "no server responses to process"},
    CodeInfo{ZkCode::SessionMoved, "ZSESSIONMOVED", "session moved to another server"},
    CodeInfo{ZkCode::NotReadOnly, "ZNOTREADONLY", "the server is read-only"},
    CodeInfo{ZkCode::EphemeralOnLocalSession, "ZEPHEMERALONLOCALSESSION",
             "ephemeral nodes cannot be created on a local session"},
    CodeInfo{ZkCode::NoWatcher, "ZNOWATCHER", "no such watch"},
    CodeInfo{ZkCode::ReconfigDisabled, "ZRECONFIGDISABLED",
             "reconfiguration is disabled on the server"},
    CodeInfo{ZkCode::SessionClosedRequireSasl, "ZSESSIONCLOSEDREQUIRESASLAUTH",
             "session closed: the server requires SASL authentication"},
    CodeInfo{ZkCode::QuotaExceeded, "ZQUOTAEXCEEDED", "quota exceeded"},
    CodeInfo{ZkCode::ThrottledOp, "ZTHROTTLEDOP",
             "the server is overloaded and throttled the request: try again"},
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
    if (const CodeInfo *info = find(code)) return QString::fromUtf8(info->message);
    return QStringLiteral("unknown ZooKeeper error %1").arg(static_cast<int>(code));
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
