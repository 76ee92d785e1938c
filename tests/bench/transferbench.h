#pragma once

#include "benchtrees.h"

class ZkSession;

/// The transfer figures (issue 13), side by side with the raw C client: export of the mixed tree
/// against a raw pipelined crawl that also reads data, compare of two copies of it on two
/// servers with 1% planted differences against crawling both, the compare's memory, and import
/// into an empty server. `session` is connected to `hosts`, which holds `mixed` below `root`.
/// Starts (and stops) two more sandbox servers.
void runTransferBench(ZkSession &session, const QString &hosts, const QString &root,
                      const BenchTrees::NodeList &mixed, int runs);
