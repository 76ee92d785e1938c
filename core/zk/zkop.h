#pragma once

#include "zk/zkacl.h"
#include "zk/zkerror.h"
#include "zk/zkstat.h"

#include <QByteArray>
#include <QList>
#include <QString>

enum class CreateMode;

/// One operation of a multi-op transaction (zoo_amulti): all succeed or none is applied.
/// The C client supports create (incl. container), delete, set and check only.
struct ZkOp
{
    enum class Kind { Create, Delete, SetData, Check };
    Kind kind = Kind::Check;
    QString path;
    QByteArray data; ///< Create/SetData; a null QByteArray creates null data
    int version = -1; ///< Delete/SetData/Check: expected version, -1 for any
    int createMode = 0; ///< Create: a CreateMode value
    ZkAcl acl;          ///< Create

    static ZkOp create(const QString &path, const QByteArray &data, CreateMode mode, const ZkAcl &acl);
    static ZkOp remove(const QString &path, int version = -1);
    static ZkOp setData(const QString &path, const QByteArray &data, int version = -1);
    static ZkOp check(const QString &path, int version);
};

/// The result of one operation in a multi.
struct ZkOpResult
{
    ZkError error;       ///< Ok, the op's own error, or RuntimeInconsistency for ops rolled back
    QString createdPath; ///< Create
    ZkStat stat;         ///< SetData
};

struct MultiReply
{
    ZkError error; ///< the first failing op's error (with its path), Ok when all applied
    QString path;  ///< the first op's path
    QList<ZkOpResult> results;
    int failedIndex = -1; ///< index of the op that failed, -1 when all applied
};
