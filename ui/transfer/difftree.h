#pragma once

#include "transfer/treediff.h"

#include <QList>
#include <QString>

class QTreeWidget;
class QTreeWidgetItem;

/// The compare result as a tree of differences: each shown node under its parent, parents that
/// do not differ themselves shown as plain folders, so a difference is found where it lives.
namespace DiffTree {

enum Role {
    EntryRole = 0x0100 + 1, ///< Qt::UserRole + 1: index in TreeDiff::entries
    PathRole,               ///< the relative path ("" for the root)
    FolderRole,             ///< true: shown only because something below differs
};

/// Which entries are shown: any of the kinds ticked, identical ones only when asked.
struct Filter
{
    quint8 kinds = DiffEntry::OnlyLeft | DiffEntry::OnlyRight | DiffEntry::DataDiffers
        | DiffEntry::AclDiffers | DiffEntry::KindDiffers;
    bool identical = false;

    bool accepts(quint8 flags) const
    {
        return flags == DiffEntry::Identical ? identical : (flags & kinds) != 0;
    }
};

/// "only left, data differs", "identical".
QString describe(quint8 flags);

/// Fills `tree` with the accepted entries (at most `maxRows`) and their parents; the root row
/// is labelled `rootLabel`. Returns how many accepted entries did not fit.
qint64 fill(QTreeWidget *tree, const TreeDiff &diff, const QString &rootLabel, const Filter &filter,
            int maxRows);

/// The accepted entries at and below each of `items` (a folder stands for its whole subtree),
/// each once, in tree order.
QList<int> selectedEntries(const QList<QTreeWidgetItem *> &items, const TreeDiff &diff,
                           const Filter &filter);

/// The row of `relPath`, or nullptr when it is not shown.
QTreeWidgetItem *find(QTreeWidget *tree, const QString &relPath);

} // namespace DiffTree
