#pragma once

#include "zk/zkerror.h"

#include <QList>
#include <QString>

/// A node a subtree job did not handle, and why.
struct PathError
{
    QString path;
    ZkError error;
};

/// What every subtree job reports whatever it does to each node (delete, copy, set an ACL):
/// the nodes it set out to handle, those that went wrong or were never sent, and why it stopped.
struct JobReport
{
    /// Reports keep the first this many paths; the counters count them all.
    static constexpr int kMaxReportedPaths = 1000;

    qint64 total = 0;          ///< nodes the job set out to handle
    qint64 failed = 0;         ///< went wrong, in no more specific bucket of the job's report
    qint64 notAttempted = 0;   ///< never sent: cancelled or stopped before
    qint64 unknown = 0;        ///< in flight when the connection was lost
    QList<PathError> failures; ///< the first kMaxReportedPaths that went wrong, and why
    bool cancelled = false;
    ZkError error; ///< what stopped the job early (read-only, connection lost, ...)
    qint64 elapsedMs = 0;

    void addFailure(const QString &path, const ZkError &error)
    {
        if (failures.size() < kMaxReportedPaths) failures.append({path, error});
    }

    /// Adds another run's counts (one report for several roots); the first error is kept.
    void add(const JobReport &other)
    {
        total += other.total;
        failed += other.failed;
        notAttempted += other.notAttempted;
        unknown += other.unknown;
        for (const PathError &f : other.failures) addFailure(f.path, f.error);
        cancelled = cancelled || other.cancelled;
        if (other.error && !error) error = other.error;
        elapsedMs += other.elapsedMs;
    }
};
