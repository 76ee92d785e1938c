#pragma once

#include <QString>

/// The write-storm figures of issue 10: a model showing a 50,000-child parent expanded, 10 hot
/// rows watched (a subtree watcher) and shown; another session writes 1,000 times a second for
/// 3 s on them and creates/deletes children of the parent.
struct StormFigures
{
    double convergeMs = -1;    ///< last write answered -> the model equals the server (median)
    double convergeMaxMs = -1; ///< the worst of the runs
    double latencyP99Ms = 0;   ///< event-loop latency during the storms (worst run)
    double latencyPeakMs = 0;
    QString failure; ///< non-empty when a run did not converge or could not be set up
};

/// Runs the storm `runs` times against the server at `hosts` (the tree is created under
/// /bench-storm first).
StormFigures runStormBench(const QString &hosts, int runs);
