#pragma once

#include "transfer/transfernode.h"

#include <QList>
#include <QMetaType>

/// How one relative path compares between two subtrees. ACLs compare as sets (ZooNavigator
/// lists permissions in no fixed order, and the server keeps the order it was given).
struct DiffEntry
{
    enum Flag : quint8 {
        Identical = 0,
        OnlyLeft = 1,
        OnlyRight = 2,
        DataDiffers = 4,
        AclDiffers = 8,
        KindDiffers = 16,
    };
    QString relPath;
    quint8 flags = Identical;
    int left = -1;  ///< index in the left snapshot's nodes, -1 when absent
    int right = -1; ///< index in the right snapshot's nodes

    bool isIdentical() const { return flags == Identical; }
    bool has(Flag f) const { return flags & f; }
};

struct TreeDiff
{
    QList<DiffEntry>
        entries; ///< every path of both sides, parents before children, siblings by name
    qint64 identical = 0;
    qint64 onlyLeft = 0;
    qint64 onlyRight = 0;
    qint64 dataDiffers = 0;
    qint64 aclDiffers = 0;
    qint64 kindDiffers = 0;

    qint64 differences() const { return qint64(entries.size()) - identical; }

    static TreeDiff compare(const TransferSnapshot &left, const TransferSnapshot &right);
    static bool sameAcl(const ZkAcl &a, const ZkAcl &b);
};
Q_DECLARE_METATYPE(TreeDiff)
