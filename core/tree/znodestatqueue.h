#pragma once

#include <QString>

#include <deque>

/// The znode paths whose Stat a view asked for, served newest first.
///
/// Why LIFO: a view asks data() for the rows it paints, so the most recent requests are the rows
/// on screen. After a fast scroll through 100,000 rows the rows scrolled past are still queued;
/// serving newest first shows the current screen's columns at once, and the bounded size drops
/// the oldest (long scrolled away) entries instead of sending them. A dropped row that is shown
/// again is simply asked for again.
///
/// Duplicates are allowed (a row repainted while waiting is pushed again so it moves ahead);
/// the model skips paths whose stat is known or in flight when it takes them.
class ZNodeStatQueue final
{
public:
    explicit ZNodeStatQueue(qsizetype capacity = 10000)
        : m_capacity(capacity)
    { }

    /// Queues `path` as the newest request. A repeat of the newest entry is ignored (a view asks
    /// data() for every column of a row in turn).
    void push(const QString &path)
    {
        if (!m_paths.empty() && m_paths.back() == path) return;
        m_paths.push_back(path);
        if (qsizetype(m_paths.size()) > m_capacity) m_paths.pop_front();
    }
    bool isEmpty() const { return m_paths.empty(); }
    qsizetype size() const { return qsizetype(m_paths.size()); }
    /// Removes and returns the newest path. The queue must not be empty.
    QString takeNewest()
    {
        QString path = std::move(m_paths.back());
        m_paths.pop_back();
        return path;
    }
    void clear() { m_paths.clear(); }

private:
    std::deque<QString> m_paths; // Oldest at the front, newest at the back.
    qsizetype m_capacity;
};
