#pragma once

#include "watchlog/watchlogentry.h"
#include "zk/zkstat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <vector>

class ZkSession;
struct NodeEvent;

/// The watch log: every watch event and session state change of one ZkSession, in a bounded
/// ring buffer (the oldest rows go first, memory stays flat).
///
/// Events are not inserted one by one: they collect in a pending list and a short timer
/// (kBatchMs) appends them with one beginInsertRows per batch, so a burst of thousands of events
/// per second costs the view a few updates per second, not thousands.
///
/// Values: a data change entry gets its old and new value when a part of the app that re-reads
/// the node after the event (the node panel, the subtree watcher) reports them through
/// ZkWatchRegistry. Each value is cut at maxValueBytes(); when the values of all entries pass
/// maxTotalValueBytes() the oldest entries lose theirs (valuesDropped).
///
/// Storms: an event for a node whose previous entry still waits for its re-read is folded into
/// that entry instead of adding one that nobody would fill; a re-read newer than the node's
/// last filled entry (read after a folded event) extends that entry. The entry then says what it
/// spans ("version 231 → 236, 5 changes coalesced"), so no entry stays empty and the last
/// version logged is the last one read.
class WatchLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchLogModel)

public:
    enum Column {
        TimeColumn,
        SessionColumn,
        TypeColumn,
        PathColumn,
        SizeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        TypeRole = Qt::UserRole + 1, ///< int WatchLogType
        PathRole,                    ///< QString
        SeqRole,                     ///< qulonglong
        HasValuesRole,               ///< bool: old and/or new value kept
    };
    static constexpr int kDefaultCapacity = 10000;
    static constexpr int kBatchMs = 40;

    explicit WatchLogModel(QObject *parent = nullptr);

    /// Records `session`'s watch events and state changes (and what its ZkWatchRegistry
    /// reports). One session at a time; nullptr detaches.
    void setSession(ZkSession *session);

    int capacity() const { return m_capacity; }
    /// Keeps the newest `capacity` rows (at least 1).
    void setCapacity(int capacity);
    qint64 maxValueBytes() const { return m_maxValueBytes; }
    void setMaxValueBytes(qint64 bytes) { m_maxValueBytes = bytes; }
    qint64 maxTotalValueBytes() const { return m_maxTotalValueBytes; }
    void setMaxTotalValueBytes(qint64 bytes) { m_maxTotalValueBytes = bytes; }
    qint64 totalValueBytes() const { return m_valueBytes; }

    /// Paused: events are still recorded but held back (up to capacity()) until resumed, so the
    /// rows stand still while the user reads them.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }
    /// Events that never made it into the table because more than capacity() arrived while
    /// paused or within one batch, plus rows pushed out of the ring.
    qint64 evictedCount() const { return m_evicted; }
    /// Events recorded since creation or clear(), rows or not.
    qint64 totalRecorded() const { return m_recorded; }

    /// Appends an entry (seq and, when 0, time filled in). Goes out with the next batch.
    void append(WatchLogEntry entry);
    /// Inserts what is pending now instead of at the next batch.
    void flush();
    void clear();

    const WatchLogEntry &entry(int row) const;
    QList<WatchLogEntry> entries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString sizeText(const WatchLogEntry &entry);

signals:
    /// Emitted after each batch is inserted (also when paused events are released).
    void batchInserted(int rows);
    void pausedChanged(bool paused);

private:
    void onNodeEvent(const NodeEvent &event);
    void onStateChanged();
    void onDataObserved(const QString &path, bool hadOld, const QByteArray &oldData,
                        const ZkStat &oldStat, const QByteArray &newData, const ZkStat &newStat);
    void onChildrenObserved(const QString &path, const QStringList &added,
                            const QStringList &removed, int oldCount, int newCount);
    WatchLogEntry *findSeq(quint64 seq, int *row);
    /// The entry (pending or shown) that waits for this path's re-read, or nullptr.
    WatchLogEntry *awaiting(QHash<QString, quint64> &table, const QString &path, int *row);
    void fillData(WatchLogEntry &e, bool hadOld, const QByteArray &oldData, const ZkStat &oldStat,
                  const QByteArray &newData, const ZkStat &newStat);
    void entryChanged(int row);
    void enforceValueCap();
    WatchLogEntry &slot(int row) { return m_ring[(m_head + row) % m_ring.size()]; }

    QPointer<ZkSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    int m_capacity = kDefaultCapacity;
    std::vector<WatchLogEntry> m_ring; // grows to m_capacity, then reused in place
    int m_head = 0;                    // slot of row 0
    int m_count = 0;
    std::vector<WatchLogEntry> m_pending;
    quint64 m_nextSeq = 1;
    quint64 m_firstSeq = 1; // seq of row 0
    qint64 m_evicted = 0;
    qint64 m_recorded = 0;
    qint64 m_valueBytes = 0;
    qint64 m_maxValueBytes = 64 * 1024;
    qint64 m_maxTotalValueBytes = 64ll * 1024 * 1024;
    quint64 m_stripSeq = 0; // entries before it hold no values any more (enforceValueCap)
    bool m_paused = false;
    QTimer m_batchTimer;
    // The newest data/children entry per path still waiting for its re-read.
    QHash<QString, quint64> m_awaitingData;
    QHash<QString, quint64> m_awaitingChildren;
    // The newest filled data entry per path: a newer re-read with no event waiting extends it.
    QHash<QString, quint64> m_lastData;
};
