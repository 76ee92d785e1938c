#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class ZkSession;

/// The benchmark's trees, generated deterministically (same tree on every run).
namespace BenchTrees {

using NodeList = QList<std::pair<QString, QByteArray>>;

/// A Kafka-like cluster tree of about `target` nodes below `root`, parents before children:
/// brokers/ids, brokers/topics/<t>/partitions/<p>/state (JSON), config/{topics,brokers,clients,
/// changes}, consumers/<group>/{ids,owners,offsets}, with data from a few bytes to ~4 KB.
NodeList kafkaTree(const QString &root, int target);

/// `parent` and `count` children "member-<i>".
NodeList bigParent(const QString &parent, int count);

/// Creates the nodes pipelined (the session keeps ~1000 in flight) and waits in a local event
/// loop. Returns the nodes per second, or -1 on an error (printed).
double create(ZkSession &session, const NodeList &nodes);

} // namespace BenchTrees
