#include "transfer/difftree.h"

#include <QApplication>
#include <QHash>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace DiffTree {

namespace {

QString parentOf(const QString &relPath)
{
    return relPath.isEmpty() ? QString() : relPath.left(relPath.lastIndexOf(u'/'));
}

QColor colourOf(quint8 flags)
{
    if (flags & DiffEntry::OnlyLeft) return QColor(180, 40, 40);
    if (flags & DiffEntry::OnlyRight) return QColor(30, 130, 30);
    if (flags == DiffEntry::Identical) return QColor(120, 120, 120);
    return QColor(30, 80, 190);
}

/// Builds rows on demand: a row's parents are made first, as folders when they are not shown.
class Builder
{
public:
    Builder(QTreeWidget *tree, const TreeDiff &diff, const QString &rootLabel)
        : m_tree(tree)
        , m_diff(diff)
        , m_rootLabel(rootLabel)
    {
        m_indexOf.reserve(diff.entries.size());
        for (int i = 0; i < diff.entries.size(); ++i) m_indexOf.insert(diff.entries[i].relPath, i);
    }

    void add(int entry) { row(m_diff.entries[entry].relPath, false); }

private:
    QTreeWidgetItem *row(const QString &relPath, bool folder)
    {
        if (QTreeWidgetItem *existing = m_rows.value(relPath)) {
            if (!folder) mark(existing, false); // shown for itself after all
            return existing;
        }
        auto *item = relPath.isEmpty() ? new QTreeWidgetItem(m_tree)
                                       : new QTreeWidgetItem(row(parentOf(relPath), true));
        item->setText(0,
                      relPath.isEmpty() ? m_rootLabel : relPath.mid(relPath.lastIndexOf(u'/') + 1));
        item->setToolTip(0, relPath.isEmpty() ? m_rootLabel : relPath);
        item->setData(0, EntryRole, m_indexOf.value(relPath, -1));
        item->setData(0, PathRole, relPath);
        mark(item, folder);
        m_rows.insert(relPath, item);
        return item;
    }

    void mark(QTreeWidgetItem *item, bool folder)
    {
        item->setData(0, FolderRole, folder);
        const int entry = item->data(0, EntryRole).toInt();
        const quint8 flags =
            entry >= 0 ? m_diff.entries[entry].flags : quint8(DiffEntry::Identical);
        item->setText(1, folder ? QString() : describe(flags));
        item->setForeground(1, colourOf(flags));
        item->setIcon(
            0,
            QApplication::style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
    }

    QTreeWidget *m_tree;
    const TreeDiff &m_diff;
    QString m_rootLabel;
    QHash<QString, int> m_indexOf;
    QHash<QString, QTreeWidgetItem *> m_rows;
};

} // namespace

QString describe(quint8 flags)
{
    if (flags == DiffEntry::Identical) return QApplication::translate("DiffTree", "identical");
    QStringList parts;
    const auto add = [&](DiffEntry::Flag f, const char *text) {
        if (flags & f) parts << QApplication::translate("DiffTree", text);
    };
    add(DiffEntry::OnlyLeft, "only left");
    add(DiffEntry::OnlyRight, "only right");
    add(DiffEntry::DataDiffers, "data differs");
    add(DiffEntry::AclDiffers, "ACL differs");
    add(DiffEntry::KindDiffers, "kind differs");
    return parts.join(u", "_s);
}

qint64 fill(QTreeWidget *tree, const TreeDiff &diff, const QString &rootLabel, const Filter &filter,
            int maxRows)
{
    tree->setUpdatesEnabled(false);
    tree->clear();
    Builder builder(tree, diff, rootLabel);
    int shown = 0;
    qint64 left = 0;
    for (int i = 0; i < diff.entries.size(); ++i) {
        if (!filter.accepts(diff.entries[i].flags)) continue;
        if (shown >= maxRows) {
            ++left;
            continue;
        }
        builder.add(i);
        ++shown;
    }
    if (shown <= 2000)
        tree->expandAll(); // larger results open level by level, on demand
    else if (tree->topLevelItem(0))
        tree->topLevelItem(0)->setExpanded(true);
    tree->setUpdatesEnabled(true);
    return left;
}

QList<int> selectedEntries(const QList<QTreeWidgetItem *> &items, const TreeDiff &diff,
                           const Filter &filter)
{
    QSet<int> chosen;
    for (const QTreeWidgetItem *item : items) {
        const QString path = item->data(0, PathRole).toString();
        const int first = item->data(0, EntryRole).toInt();
        if (first < 0) continue;
        // Tree order keeps a subtree contiguous right after its root.
        for (int i = first; i < diff.entries.size(); ++i) {
            const QString &p = diff.entries[i].relPath;
            if (i > first && !(path.isEmpty() || p.startsWith(path + u'/'))) break;
            if (filter.accepts(diff.entries[i].flags)) chosen.insert(i);
        }
    }
    QList<int> sorted(chosen.begin(), chosen.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QTreeWidgetItem *find(QTreeWidget *tree, const QString &relPath)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, PathRole).toString() == relPath) return *it;
    return nullptr;
}

} // namespace DiffTree
