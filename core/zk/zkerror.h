#pragma once

#include <QMetaType>
#include <QString>

/// ZooKeeper result codes, mirrored here so that nothing above core/ includes the C header.
/// The values are the C client's (`ZOK`, `ZNONODE`, ...); zkerror.cpp checks them at compile time.
enum class ZkCode : int {
    Ok = 0,
    SystemError = -1,
    RuntimeInconsistency = -2,
    DataInconsistency = -3,
    ConnectionLoss = -4,
    MarshallingError = -5,
    Unimplemented = -6,
    OperationTimeout = -7,
    BadArguments = -8,
    InvalidState = -9,
    NewConfigNoQuorum = -13,
    ReconfigInProgress = -14,
    SslConnectionError = -15,
    ApiError = -100,
    NoNode = -101,
    NoAuth = -102,
    BadVersion = -103,
    NoChildrenForEphemerals = -108,
    NodeExists = -110,
    NotEmpty = -111,
    SessionExpired = -112,
    InvalidCallback = -113,
    InvalidAcl = -114,
    AuthFailed = -115,
    Closing = -116,
    Nothing = -117,
    SessionMoved = -118,
    NotReadOnly = -119,
    EphemeralOnLocalSession = -120,
    NoWatcher = -121,
    ReconfigDisabled = -123,
    SessionClosedRequireSasl = -124,
    QuotaExceeded = -125, ///< server-side only (3.7+); the 3.8.0 C header has no ZQUOTAEXCEEDED
    ThrottledOp = -127,
};

/// An error as a value: the ZooKeeper code, a human message and, where it applies, the path.
/// A default-constructed ZkError means success.
struct ZkError
{
    ZkCode code = ZkCode::Ok;
    QString message; ///< human sentence, e.g. "node does not exist"
    QString path;    ///< the znode concerned, may be empty

    bool isOk() const { return code == ZkCode::Ok; }
    explicit operator bool() const { return !isOk(); } ///< true when this IS an error

    /// The error for a C client return code, with the standard human message.
    static ZkError fromCode(int rc, const QString &path = {});
    static ZkError fromCode(ZkCode code, const QString &path = {});
    /// An error with a custom message (validation errors, timeouts, ...).
    static ZkError make(ZkCode code, const QString &message, const QString &path = {});

    /// "node does not exist: /a/b" style one-liner for status bars and logs.
    QString toString() const;
};
Q_DECLARE_METATYPE(ZkError)

/// The standard human message for a code: ZNONODE -> "node does not exist", ...
QString zkCodeMessage(ZkCode code);
/// The C constant name for a code, e.g. "ZNONODE" (for logs and tooltips); "ZUNKNOWN(<n>)" for
/// values outside the enum.
QString zkCodeName(ZkCode code);
/// True when `rc` is one of the ZkCode values (fromCode() keeps unknown codes as they are).
bool zkIsKnownCode(int rc);
