#pragma once

#include "zk/zkstat.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

/// One znode in ZNodeTreeModel. A plain struct, not a QObject: a parent with 100,000 children
/// holds 100,000 of these, so every byte counts (sizeof is 80 on 64-bit; the name's characters
/// are shared with the reply's QStringList, not copied).
///
/// Only the model touches items, on the GUI thread. Callbacks never hold an item pointer: they
/// carry the path and look the item up again when the reply arrives (findDescendant()).
struct ZNodeItem final
{
    enum Flag : quint8 {
        StatInFlight = 0x01, ///< an exists() for this node is outstanding
        StatStale = 0x02,    ///< stat known but possibly old (after refresh): re-fetch when shown
        Expanded = 0x04,     ///< the view shows this node expanded
        ChildWatch = 0x08,   ///< a watched getChildren was sent and no child event came since
        /// The node changed while its exists() was in flight: read it again when the reply
        /// arrives (the reply may predate the change; see ReadAgainGate).
        StatReadAgain = 0x10,
    };

    QString name;                                     ///< "/" for the top item
    ZNodeItem *parent = nullptr;                      ///< nullptr for the top item
    std::vector<std::unique_ptr<ZNodeItem>> children; ///< sorted by naturalLess(name)
    // A pointer rather than std::optional (88 bytes) because most loaded children never get a
    // stat: only rows that are shown ask for one.
    std::unique_ptr<ZkStat> stat;
    std::unique_ptr<QString> error; ///< why loading failed; set only in the Error state
    int row = 0;                    ///< index in parent->children, kept up to date by the model
    quint8 loadState = 0;           ///< ZNodeTreeModel::LoadState
    quint8 flags = 0;               ///< Flag bits

    bool hasFlag(Flag f) const { return flags & f; }
    void setFlag(Flag f, bool on) { flags = on ? quint8(flags | f) : quint8(flags & ~f); }

    /// Row of the child called `name`, or -1. Binary search: children are kept in natural order,
    /// which is a total order, so the search is exact.
    int findChild(QStringView name) const;
    /// The item at `path` below this one (this must be the top item, "/"), or nullptr.
    ZNodeItem *findDescendant(QStringView path);
    /// The absolute znode path, built by walking up ("/" for the top item).
    QString path() const;
    /// Renumbers `row` of children from `first` on, after an insertion or removal.
    void renumberFrom(qsizetype first);
};
