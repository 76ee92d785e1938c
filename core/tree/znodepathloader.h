#pragma once

#include "zk/zkerror.h"

#include <QModelIndex>
#include <QPointer>
#include <QString>

#include <functional>
#include <list>

class ZNodeTreeModel;

/// ZNodeTreeModel::loadPath(): loads every level down to a path as needed, then calls back
/// with the index (or an error such as NoNode), always asynchronously.
///
/// Each job walks down the loaded levels; at the first level that is not listed it asks for
/// the listing and waits for advance() with that path. A level that was listed but lacks the
/// next name is listed once more (the node may be newer than the listing), then NoNode.
class ZNodePathLoader final
{
public:
    using Done = std::function<void(const QModelIndex &, const ZkError &)>;

    explicit ZNodePathLoader(ZNodeTreeModel &model);

    /// `done` is not called if `context` (when given) died meanwhile.
    void load(const QString &path, QObject *context, Done done);
    /// The listing of `repliedPath` was applied (or failed with `error`): moves every job that
    /// is runnable, or was waiting for it, as far as it gets. Empty path: only runnable ones.
    void advance(const QString &repliedPath, const ZkError &error);
    /// reload(): every job starts over from the top.
    void restart();

private:
    struct Job
    {
        QString target;
        QPointer<QObject> context;
        bool guarded = false; // a context was given: drop `done` once it is gone
        Done done;
        QString waitingFor; // path whose children reply the job waits for; empty: runnable
        QString refetched;  // a loaded level re-listed once because a component was missing
        QModelIndex result;
        ZkError error;
    };

    void advanceLater();
    /// Returns true when the job is finished (result or error set).
    bool step(Job &job);

    ZNodeTreeModel &m_model;
    std::list<Job> m_jobs;
};
