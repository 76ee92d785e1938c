#pragma once

#include <QMetaType>
#include <QtGlobal>

/// A znode's Stat, all 11 fields of the ZooKeeper `Stat` record, copied out of the C client
/// the moment a reply arrives (the C struct is only valid during the callback).
struct ZkStat
{
    qint64 czxid = 0;          ///< zxid of the create
    qint64 mzxid = 0;          ///< zxid of the last data change
    qint64 ctime = 0;          ///< create time, ms since the epoch
    qint64 mtime = 0;          ///< last data change, ms since the epoch
    qint32 version = 0;        ///< data version
    qint32 cversion = 0;       ///< children version
    qint32 aversion = 0;       ///< ACL version
    qint64 ephemeralOwner = 0; ///< owning session id, 0 for persistent nodes
    qint32 dataLength = 0;     ///< data length in bytes (0 also for null data)
    qint32 numChildren = 0;
    qint64 pzxid = 0; ///< zxid of the last children change

    bool isEphemeral() const { return ephemeralOwner != 0; }
    friend bool operator==(const ZkStat &, const ZkStat &) = default;
};
Q_DECLARE_METATYPE(ZkStat)
