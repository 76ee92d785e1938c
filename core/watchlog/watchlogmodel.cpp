#include "watchlog/watchlogmodel.h"

#include "i18n/displaynames.h"

#include "util/statformat.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

WatchLogModel::WatchLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &WatchLogModel::flush);
}

void WatchLogModel::setSession(ZkSession *session)
{
    for (const auto &c : std::as_const(m_connections)) disconnect(c);
    m_connections.clear();
    m_session = session;
    if (!session) return;
    m_connections << connect(session, &ZkSession::nodeEvent, this, &WatchLogModel::onNodeEvent);
    m_connections << connect(session, &ZkSession::stateChanged, this,
                             &WatchLogModel::onStateChanged);
    m_connections << connect(session, &ZkSession::connectFailed, this, [this](const ZkError &e) {
        WatchLogEntry entry;
        entry.type = WatchLogType::SessionState;
        entry.detail = tr("could not connect: %1").arg(e.message);
        append(std::move(entry));
    });
    auto *registry = ZkWatchRegistry::forSession(session);
    m_connections << connect(registry, &ZkWatchRegistry::dataObserved, this,
                             &WatchLogModel::onDataObserved);
    m_connections << connect(registry, &ZkWatchRegistry::childrenObserved, this,
                             &WatchLogModel::onChildrenObserved);
    m_connections << connect(registry, &ZkWatchRegistry::note, this,
                             [this](const QString &path, const QString &text) {
                                 WatchLogEntry e;
                                 e.type = WatchLogType::Note;
                                 e.path = path;
                                 e.detail = text;
                                 append(std::move(e));
                             });
}

void WatchLogModel::onNodeEvent(const NodeEvent &event)
{
    WatchLogEntry e;
    switch (event.type) {
    case NodeEventType::Created:
        e.type = WatchLogType::Created;
        break;
    case NodeEventType::Deleted:
        e.type = WatchLogType::Deleted;
        break;
    case NodeEventType::DataChanged:
        e.type = WatchLogType::DataChanged;
        break;
    case NodeEventType::ChildrenChanged:
        e.type = WatchLogType::ChildrenChanged;
        break;
    case NodeEventType::WatchRemoved:
        return; // our own removeWatches: not a server change
    }
    e.path = event.path;
    // The same node's previous entry still waits for its re-read: fold this event into it.
    if (e.type == WatchLogType::DataChanged || e.type == WatchLogType::ChildrenChanged) {
        int row = -1;
        auto &table = e.type == WatchLogType::DataChanged ? m_awaitingData : m_awaitingChildren;
        if (WatchLogEntry *waiting = awaiting(table, e.path, &row)) {
            ++waiting->coalescedEvents;
            entryChanged(row);
            return;
        }
    }
    append(std::move(e));
}

void WatchLogModel::onStateChanged()
{
    WatchLogEntry e;
    e.type = WatchLogType::SessionState;
    e.detail = DisplayNames::sessionState(m_session->state());
    if (m_session->isConnected())
        e.detail = tr("%1 to %2").arg(e.detail, m_session->connectedServer());
    append(std::move(e));
}

void WatchLogModel::append(WatchLogEntry entry)
{
    entry.seq = m_nextSeq++;
    if (entry.timeMs == 0) entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (entry.sessionId == 0 && m_session) entry.sessionId = m_session->sessionId();
    if (entry.type == WatchLogType::DataChanged)
        m_awaitingData.insert(entry.path, entry.seq);
    else if (entry.type == WatchLogType::ChildrenChanged)
        m_awaitingChildren.insert(entry.path, entry.seq);
    ++m_recorded;
    m_valueBytes += entry.valueBytes();
    m_pending.push_back(std::move(entry));
    // Held back while paused, but never more than the table could show.
    if (qsizetype(m_pending.size()) > 2 * qsizetype(m_capacity)) {
        const qsizetype drop = qsizetype(m_pending.size()) - m_capacity;
        for (qsizetype i = 0; i < drop; ++i) m_valueBytes -= m_pending[i].valueBytes();
        m_pending.erase(m_pending.begin(), m_pending.begin() + drop);
        m_evicted += drop;
    }
    if (!m_paused && !m_batchTimer.isActive()) m_batchTimer.start();
}

void WatchLogModel::flush()
{
    m_batchTimer.stop();
    if (m_paused || m_pending.empty()) return;
    std::vector<WatchLogEntry> batch = std::exchange(m_pending, {});
    if (qsizetype(batch.size()) > m_capacity) { // only the newest fit
        const qsizetype drop = qsizetype(batch.size()) - m_capacity;
        for (qsizetype i = 0; i < drop; ++i) m_valueBytes -= batch[i].valueBytes();
        batch.erase(batch.begin(), batch.begin() + drop);
        m_evicted += drop;
    }
    const int n = int(batch.size());
    const int overflow = m_count + n - m_capacity;
    if (m_count > 0 && overflow > 0) {
        const int gone = qMin(overflow, m_count);
        beginRemoveRows({}, 0, gone - 1);
        for (int r = 0; r < gone; ++r) {
            WatchLogEntry &old = slot(r);
            m_valueBytes -= old.valueBytes();
            old = WatchLogEntry(); // frees the strings and values now
        }
        m_head = (m_head + gone) % int(m_ring.size());
        m_count -= gone;
        m_evicted += gone;
        endRemoveRows();
    }
    m_firstSeq = batch.front().seq - quint64(m_count);
    beginInsertRows({}, m_count, m_count + n - 1);
    for (WatchLogEntry &e : batch) {
        if (qsizetype(m_ring.size()) < m_capacity) {
            // Still growing: the ring is contiguous from slot 0.
            m_ring.push_back(std::move(e));
        } else {
            m_ring[(m_head + m_count) % m_ring.size()] = std::move(e);
        }
        ++m_count;
    }
    endInsertRows();
    enforceValueCap();
    emit batchInserted(n);
}

void WatchLogModel::setPaused(bool paused)
{
    if (m_paused == paused) return;
    m_paused = paused;
    emit pausedChanged(paused);
    if (!paused) flush();
}

void WatchLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_pending.clear();
    m_head = m_count = 0;
    m_firstSeq = m_nextSeq;
    m_valueBytes = 0;
    m_evicted = 0;
    m_recorded = 0;
    m_awaitingData.clear();
    m_awaitingChildren.clear();
    m_lastData.clear();
    endResetModel();
}

void WatchLogModel::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    if (capacity == m_capacity) return;
    beginResetModel();
    std::vector<WatchLogEntry> kept;
    const int keep = qMin(m_count, capacity);
    kept.reserve(keep);
    for (int r = m_count - keep; r < m_count; ++r) kept.push_back(std::move(slot(r)));
    for (int r = 0; r < m_count - keep; ++r) m_valueBytes -= slot(r).valueBytes();
    m_evicted += m_count - keep;
    m_firstSeq += quint64(m_count - keep);
    m_ring = std::move(kept);
    m_ring.shrink_to_fit();
    m_head = 0;
    m_count = keep;
    m_capacity = capacity;
    endResetModel();
}

const WatchLogEntry &WatchLogModel::entry(int row) const
{
    return m_ring[(m_head + row) % m_ring.size()];
}

QList<WatchLogEntry> WatchLogModel::entries() const
{
    QList<WatchLogEntry> out;
    out.reserve(m_count);
    for (int r = 0; r < m_count; ++r) out << entry(r);
    return out;
}

WatchLogEntry *WatchLogModel::findSeq(quint64 seq, int *row)
{
    *row = -1;
    if (!m_pending.empty() && seq >= m_pending.front().seq) {
        const quint64 i = seq - m_pending.front().seq;
        return i < m_pending.size() ? &m_pending[i] : nullptr;
    }
    // Rows are contiguous in seq: only the oldest ever leave.
    if (m_count == 0 || seq < m_firstSeq || seq >= m_firstSeq + quint64(m_count)) return nullptr;
    *row = int(seq - m_firstSeq);
    return &slot(*row);
}

WatchLogEntry *WatchLogModel::awaiting(QHash<QString, quint64> &table, const QString &path,
                                       int *row)
{
    *row = -1;
    const auto it = table.constFind(path);
    if (it == table.cend()) return nullptr;
    WatchLogEntry *e = findSeq(it.value(), row);
    if (!e) table.erase(it); // pushed out of the ring meanwhile
    return e;
}

void WatchLogModel::entryChanged(int row)
{
    if (row >= 0) emit dataChanged(index(row, SizeColumn), index(row, DetailColumn));
}

void WatchLogModel::onDataObserved(const QString &path, bool hadOld, const QByteArray &oldData,
                                   const ZkStat &oldStat, const QByteArray &newData,
                                   const ZkStat &newStat)
{
    int row = -1;
    if (WatchLogEntry *e = awaiting(m_awaitingData, path, &row)) {
        m_awaitingData.remove(path);
        fillData(*e, hadOld, oldData, oldStat, newData, newStat);
        m_lastData.insert(path, e->seq);
        entryChanged(row);
        enforceValueCap();
        return;
    }
    // No event waits: a second reader of the same change, or a re-read after an event that was
    // folded into the last entry. A newer version extends that entry.
    const auto last = m_lastData.constFind(path);
    WatchLogEntry *e = last == m_lastData.cend() ? nullptr : findSeq(last.value(), &row);
    if (!e || newStat.version <= e->newVersion) return;
    const QByteArray keptOld = e->oldValue;
    ZkStat before;
    before.version = e->oldVersion;
    before.dataLength = qint32(e->oldSize);
    fillData(*e, e->hasOldValue, keptOld, before, newData, newStat);
    entryChanged(row);
    enforceValueCap();
}

void WatchLogModel::fillData(WatchLogEntry &e, bool hadOld, const QByteArray &oldData,
                             const ZkStat &oldStat, const QByteArray &newData,
                             const ZkStat &newStat)
{
    m_valueBytes -= e.valueBytes();
    e.oldSize = hadOld ? oldStat.dataLength : -1;
    e.newSize = newStat.dataLength;
    e.oldVersion = hadOld ? oldStat.version : -1;
    e.newVersion = newStat.version;
    e.hasOldValue = hadOld;
    e.hasNewValue = true;
    e.oldValue = hadOld ? oldData.left(m_maxValueBytes) : QByteArray();
    e.newValue = newData.left(m_maxValueBytes);
    e.valuesTruncated = oldData.size() > m_maxValueBytes || newData.size() > m_maxValueBytes;
    if (hadOld && oldStat.version != newStat.version)
        e.detail = tr("version %1 → %2").arg(oldStat.version).arg(newStat.version);
    else
        e.detail = tr("version %1").arg(newStat.version);
    const int changes = hadOld ? newStat.version - oldStat.version : 0;
    if (changes > 1) e.detail += tr(", %1 changes coalesced").arg(changes);
    m_valueBytes += e.valueBytes();
}

void WatchLogModel::onChildrenObserved(const QString &path, const QStringList &added,
                                       const QStringList &removed, int oldCount, int newCount)
{
    int row = -1;
    WatchLogEntry *e = awaiting(m_awaitingChildren, path, &row);
    if (!e) return;
    m_awaitingChildren.remove(path);
    e->oldSize = oldCount;
    e->newSize = newCount;
    QStringList parts;
    constexpr int kShown = 10; // a detail line, not a listing
    for (int i = 0; i < qMin(kShown, int(added.size())); ++i) parts << u"+"_s + added[i];
    for (int i = 0; i < qMin(kShown, int(removed.size())); ++i) parts << u"−"_s + removed[i];
    if (added.size() > kShown || removed.size() > kShown)
        parts << tr("(%1 added, %2 removed)").arg(added.size()).arg(removed.size());
    if (e->coalescedEvents > 0)
        parts << tr("(%n events coalesced)", nullptr, e->coalescedEvents + 1);
    e->detail = parts.join(u' ');
    entryChanged(row);
}

void WatchLogModel::enforceValueCap()
{
    if (m_valueBytes <= m_maxTotalValueBytes) return;
    // Oldest first, resuming where the last pass stopped: each entry is stripped at most once.
    int row = int(qMax<qint64>(0, qint64(m_stripSeq) - qint64(m_firstSeq)));
    for (; row < m_count && m_valueBytes > m_maxTotalValueBytes; ++row) {
        WatchLogEntry &e = slot(row);
        if (e.valueBytes() == 0) continue;
        m_valueBytes -= e.valueBytes();
        e.oldValue = QByteArray();
        e.newValue = QByteArray();
        e.valuesDropped = true;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_stripSeq = m_firstSeq + quint64(row);
}

int WatchLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int WatchLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WatchLogModel::sizeText(const WatchLogEntry &e)
{
    if (e.oldSize < 0 && e.newSize < 0) return {};
    const auto one = [&e](qint64 n) {
        if (n < 0) return u"?"_s;
        return e.type == WatchLogType::ChildrenChanged ? QString::number(n)
                                                       : StatFormat::formatBytes(n);
    };
    return one(e.oldSize) + u" → "_s + one(e.newSize);
}

QVariant WatchLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count) return {};
    const WatchLogEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(u"HH:mm:ss.zzz"_s);
        case SessionColumn:
            return e.sessionId ? StatFormat::formatSessionId(e.sessionId) : QString();
        case TypeColumn:
            return DisplayNames::watchLogType(e.type);
        case PathColumn:
            return e.path;
        case SizeColumn:
            return sizeText(e);
        case DetailColumn:
            if (e.detail.isEmpty() && e.coalescedEvents > 0) // no re-read reported yet
                return tr("%n events, not re-read yet", nullptr, e.coalescedEvents + 1);
            if (e.valuesDropped) return e.detail + tr(" (values dropped: log memory cap)");
            if (e.valuesTruncated)
                return e.detail
                    + tr(" (values cut at %1)").arg(StatFormat::formatBytes(m_maxValueBytes));
            return e.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(Qt::ISODateWithMs);
        if (e.hasNewValue) return tr("Double-click to compare the old and new value");
        return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
    case TypeRole:
        return int(e.type);
    case PathRole:
        return e.path;
    case SeqRole:
        return qulonglong(e.seq);
    case HasValuesRole:
        return e.hasNewValue || e.hasOldValue;
    }
    return {};
}

QVariant WatchLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SessionColumn:
        return tr("Session");
    case TypeColumn:
        return tr("Event");
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}
