#pragma once

#include "zk/zkstat.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>

class ZkSession;
class ZNodeTreeModel;

/// A write storm from another client, for the convergence test and zkdesk-bench: setData on the
/// `hot` paths round-robin, and on every `churnEvery`-th write a create or delete of one of the
/// `churn` paths (each toggles), `rate` writes per second for `durationMs`, pipelined and paced
/// by a 1 ms timer. finished() once every write has been answered.
class StormWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StormWriter)

public:
    StormWriter(ZkSession *session, QStringList hot, QStringList churn, QObject *parent = nullptr);

    void start(int rate, int durationMs, int churnEvery = 10);
    bool isDone() const { return m_done; }
    int writes() const { return m_issued; }
    int errors() const { return m_errors; }
    /// The churn paths that exist after the storm.
    QSet<QString> existingChurn() const { return m_exists; }

signals:
    void finished();

private:
    void tick();
    void writeOne();
    void answered();

    ZkSession *m_session;
    QStringList m_hot, m_churn;
    QSet<QString> m_exists;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_rate = 0, m_durationMs = 0, m_churnEvery = 10;
    int m_issued = 0, m_answered = 0, m_errors = 0, m_hotWrites = 0;
    bool m_done = true;
};

/// What a view does for the rows it shows: asks data() for their Stat columns when they are
/// inserted or signalled as changed (the model fetches Stats only for rows a view paints).
/// `shown` are the paths "on screen".
class ShownRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownRows)

public:
    ShownRows(ZNodeTreeModel *model, QStringList shown, QObject *parent = nullptr);
    void paintAll();

private:
    void paintRange(const QModelIndex &parent, int first, int last);

    ZNodeTreeModel *m_model;
    QSet<QString> m_shown;
};

/// The server's Stat of each of `paths` (nullopt: no such node), read with `session`, waiting
/// up to `timeoutMs`. Empty on a failure.
QHash<QString, std::optional<ZkStat>> readStats(ZkSession &session, const QStringList &paths,
                                                int timeoutMs = 30000);

/// Whether the model shows exactly `server`: every existing path as a row with that Stat, no
/// row for a missing one. `why` (optional) names the first difference.
bool modelEquals(const ZNodeTreeModel &model, const QHash<QString, std::optional<ZkStat>> &server,
                 QString *why = nullptr);
