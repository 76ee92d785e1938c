#include "tree/treefilter.h"

using namespace Qt::StringLiterals;

TreeFilter::TreeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A node is kept when a loaded descendant matches: the path to every match stays visible.
    setRecursiveFilteringEnabled(true);
    // Names never change in place (a rename is a delete and a create), so dataChanged never
    // needs a re-filter; this saves work on every stat reply and highlight fade.
    setDynamicSortFilter(false);
}

void TreeFilter::setNamePattern(const QString &pattern)
{
    const QString trimmed = pattern.trimmed();
    if (trimmed == m_pattern) return;
    m_pattern = trimmed;
    m_wildcard = {};
    if (m_pattern.contains(u'*') || m_pattern.contains(u'?')) {
        m_wildcard =
            QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                   m_pattern, QRegularExpression::UnanchoredWildcardConversion),
                               QRegularExpression::CaseInsensitiveOption);
    }
    invalidateFilter();
}

bool TreeFilter::nameMatches(const QString &name) const
{
    if (m_pattern.isEmpty()) return false;
    if (m_wildcard.isValid() && !m_wildcard.pattern().isEmpty())
        return m_wildcard.match(name).hasMatch();
    return name.contains(m_pattern, Qt::CaseInsensitive);
}

bool TreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_pattern.isEmpty()) return true;
    // The name column's DisplayRole is the bare name and never makes the model fetch a Stat.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return nameMatches(index.data(Qt::DisplayRole).toString());
}

bool TreeFilter::canFetchMore(const QModelIndex &parent) const
{
    return !isFiltering() && QSortFilterProxyModel::canFetchMore(parent);
}

void TreeFilter::fetchMore(const QModelIndex &parent)
{
    if (!isFiltering()) QSortFilterProxyModel::fetchMore(parent);
}

bool TreeFilter::hasChildren(const QModelIndex &parent) const
{
    // The base offers an arrow for every node that could be fetched; while filtering only
    // loaded, kept children count.
    if (isFiltering()) return rowCount(parent) > 0;
    return QSortFilterProxyModel::hasChildren(parent);
}
