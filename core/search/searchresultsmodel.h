#pragma once

#include "search/searchquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

/// The search panel's result table. Hits arrive in bursts from SubtreeSearch; they are
/// buffered and appended at most every kFlushMs in one beginInsertRows, so 50,000 results
/// cost a few dozen row insertions, not 50,000 (the view re-lays out once per insertion).
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Column { PathColumn, MatchColumn, PreviewColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };
    static constexpr int kFlushMs = 100;

    explicit SearchResultsModel(QObject *parent = nullptr);

    void clear();
    /// Queues `hits`; they become rows on the next flush.
    void append(const QList<SearchHit> &hits);
    /// Inserts everything queued now (the search finished, or a test wants the rows).
    void flush();
    /// Rows plus hits still queued.
    qsizetype totalCount() const { return m_hits.size() + m_pending.size(); }
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
    QList<SearchHit> m_pending;
    QTimer m_flushTimer;
};
