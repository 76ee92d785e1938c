#pragma once

// The value types a ZkSession hands to its callers: node events and one reply type per
// operation. Plain values, copied out of the C client's buffers on its completion thread.

#include "zk/zkacl.h"
#include "zk/zkerror.h"
#include "zk/zkop.h"
#include "zk/zkstat.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class NodeEventType { Created, Deleted, DataChanged, ChildrenChanged, WatchRemoved };

/// A one-shot watch fired on the server.
struct NodeEvent
{
    NodeEventType type;
    QString path;
};
Q_DECLARE_METATYPE(NodeEvent)

struct ChildrenReply
{
    ZkError error;
    QString path;
    QStringList children; ///< unsorted, as the server sends them
    ZkStat stat;          ///< the parent's Stat
};
struct DataReply
{
    ZkError error;
    QString path;
    QByteArray data; ///< isNull() for null data (length -1), empty-but-not-null for ""
    ZkStat stat;
};
struct StatReply
{
    ZkError error; ///< NoNode for exists() on a missing node
    QString path;
    ZkStat stat;
};
struct CreateReply
{
    ZkError error;
    QString path;        ///< the path asked for
    QString createdPath; ///< the real path (with the sequence suffix for sequential nodes)
    ZkStat stat;
};
struct DoneReply
{
    ZkError error;
    QString path;
};
struct AclReply
{
    ZkError error;
    QString path;
    ZkAcl acl;
    ZkStat stat; ///< aversion is the ACL version to pass to setAcl
};
