#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

/// The quick filter of the znode tree: keeps the rows whose name contains the pattern (case
/// insensitive; `*` and `?` make it a wildcard), with their ancestors, over the LOADED nodes
/// only. While a pattern is set, canFetchMore() is false and fetchMore() does nothing, so
/// neither the recursive filter nor the view (expanding, scrolling) ever loads the tree: a
/// filter over 500,000 unloaded nodes must not send 500,000 requests.
///
/// With no pattern it passes everything through (no sorting: the model's natural order).
/// ZNodeDecorationProxy derives from it, so the window's one proxy both filters and decorates
/// and every mapToSource()/mapFromSource() in the window stays a single hop.
class TreeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilter)

public:
    explicit TreeFilter(QObject *parent = nullptr);

    /// Sets the name pattern; empty turns filtering off.
    void setNamePattern(const QString &pattern);
    QString namePattern() const { return m_pattern; }
    bool isFiltering() const { return !m_pattern.isEmpty(); }
    /// True when `name` itself matches the pattern (false when not filtering).
    bool nameMatches(const QString &name) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_pattern;
    QRegularExpression m_wildcard; // valid only for a pattern with * or ?
};
