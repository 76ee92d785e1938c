#include "benchtrees.h"

#include "zk/zkacl.h"
#include "zk/zksession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace BenchTrees {

namespace {

QByteArray json(const QString &text) { return text.toUtf8(); }

// A list of 3 distinct broker ids.
QString replicas(QRandomGenerator &rng, int brokers)
{
    const int a = rng.bounded(brokers);
    return u"[%1,%2,%3]"_s.arg(a).arg((a + 1) % brokers).arg((a + 2) % brokers);
}

} // namespace

NodeList kafkaTree(const QString &root, int target)
{
    QRandomGenerator rng(20240601); // fixed: the same tree on every run
    constexpr int kBrokers = 6;
    NodeList n;
    n.reserve(target + 100);
    auto add = [&](const QString &path, const QByteArray &data = {}) { n.append({path, data}); };

    add(root);
    add(root + u"/cluster"_s);
    add(root + u"/cluster/id"_s, R"({"version":"1","id":"t2zUKfM7QnKq0a3bRz9sIw"})"_ba);
    add(root + u"/controller"_s, R"({"version":1,"brokerid":2,"timestamp":"1717236000000"})"_ba);
    add(root + u"/controller_epoch"_s, "17"_ba);
    add(root + u"/brokers"_s);
    add(root + u"/brokers/ids"_s);
    for (int b = 0; b < kBrokers; ++b)
        add(root + u"/brokers/ids/%1"_s.arg(b),
            json(u"{\"listener_security_protocol_map\":{\"PLAINTEXT\":\"PLAINTEXT\"},"
                 "\"endpoints\":[\"PLAINTEXT://kafka-%1.example.net:9092\"],\"jmx_port\":9999,"
                 "\"features\":{},\"host\":\"kafka-%1.example.net\",\"timestamp\":\"1717236%2\","
                 "\"port\":9092,\"version\":5,\"rack\":\"rack-%3\"}"_s
                     .arg(b).arg(100000 + b).arg(b % 3)));
    add(root + u"/brokers/seqid"_s);
    add(root + u"/brokers/topics"_s);
    add(root + u"/config"_s);
    add(root + u"/config/topics"_s);
    add(root + u"/config/brokers"_s);
    add(root + u"/config/clients"_s);
    add(root + u"/config/changes"_s);
    add(root + u"/admin"_s);
    add(root + u"/admin/delete_topics"_s);
    add(root + u"/isr_change_notification"_s);
    add(root + u"/consumers"_s);

    // Topics: about half of the tree.
    QStringList topics;
    for (int t = 0; n.size() < target / 2; ++t) {
        const QString topic = u"events.%1.v%2"_s.arg(t).arg(1 + t % 3);
        topics << topic;
        const int partitions = 1 + rng.bounded(48);
        QString assignment = u"{\"version\":2,\"partitions\":{"_s;
        for (int p = 0; p < partitions; ++p)
            assignment += (p ? u","_s : QString()) + u"\"%1\":%2"_s.arg(p).arg(replicas(rng, kBrokers));
        assignment += u"},\"adding_replicas\":{},\"removing_replicas\":{}}"_s;
        const QString tp = root + u"/brokers/topics/"_s + topic;
        add(tp, json(assignment));
        add(tp + u"/partitions"_s);
        for (int p = 0; p < partitions; ++p) {
            add(tp + u"/partitions/%1"_s.arg(p));
            const QString isr = replicas(rng, kBrokers);
            add(tp + u"/partitions/%1/state"_s.arg(p),
                json(u"{\"controller_epoch\":17,\"leader\":%1,\"version\":1,\"leader_epoch\":%2,"
                     "\"isr\":%3}"_s.arg(isr.mid(1, 1)).arg(rng.bounded(40)).arg(isr)));
        }
        add(root + u"/config/topics/"_s + topic,
            json(u"{\"version\":1,\"config\":{\"retention.ms\":\"%1\",\"cleanup.policy\":\"%2\"}}"_s
                     .arg(3600000LL * (1 + rng.bounded(168)))
                     .arg(t % 4 ? u"delete"_s : u"compact"_s)));
    }
    for (int b = 0; b < kBrokers; ++b)
        add(root + u"/config/brokers/%1"_s.arg(b), R"({"version":1,"config":{}})"_ba);
    for (int c = 0; c < 300; ++c)
        add(root + u"/config/clients/client-%1"_s.arg(c),
            json(u"{\"version\":1,\"config\":{\"producer_byte_rate\":\"%1\"}}"_s
                     .arg(1024 * (1 + rng.bounded(4096)))));
    for (int c = 0; c < 1500; ++c) {
        // Change notifications: the varied, larger payloads (0 .. ~4 KB).
        QByteArray blob = R"({"version":2,"entity_path":"topics/)"_ba
            + topics.value(c % topics.size()).toUtf8() + R"(","padding":")"_ba;
        blob += QByteArray(rng.bounded(4096), 'x') + "\"}"_ba;
        add(root + u"/config/changes/config_change_%1"_s.arg(c, 10, 10, QChar(u'0')), blob);
    }

    // Old-style consumer groups fill the rest.
    for (int g = 0; n.size() < target; ++g) {
        const QString group = root + u"/consumers/group-%1"_s.arg(g);
        add(group);
        add(group + u"/ids"_s);
        for (int m = 0; m < 3; ++m)
            add(group + u"/ids/group-%1_host-%2-1717236000-%3"_s.arg(g).arg(m).arg(rng.bounded(1000)),
                json(u"{\"version\":1,\"subscription\":{\"%1\":1},\"pattern\":\"static\"}"_s
                         .arg(topics.value(g % topics.size()))));
        add(group + u"/owners"_s);
        add(group + u"/offsets"_s);
        for (int k = 0; k < 4 && n.size() < target; ++k) {
            const QString topic = topics.value((g * 7 + k) % topics.size());
            add(group + u"/owners/"_s + topic);
            add(group + u"/offsets/"_s + topic);
            for (int p = 0; p < 12; ++p) {
                add(group + u"/owners/%1/%2"_s.arg(topic).arg(p),
                    json(u"group-%1_host-%2"_s.arg(g).arg(p % 3)));
                add(group + u"/offsets/%1/%2"_s.arg(topic).arg(p),
                    QByteArray::number(rng.bounded(1, 100000000)));
            }
        }
    }
    return n;
}

NodeList bigParent(const QString &parent, int count)
{
    NodeList n;
    n.reserve(count + 1);
    n.append({parent, {}});
    for (int i = 0; i < count; ++i) n.append({parent + u"/member-%1"_s.arg(i), {}});
    return n;
}

double create(ZkSession &session, const NodeList &nodes)
{
    QObject owner;
    QEventLoop loop;
    qsizetype outstanding = nodes.size();
    bool ok = true;
    QElapsedTimer clock;
    clock.start();
    for (const auto &[path, data] : nodes) {
        session.create(path, data, CreateMode::Persistent, ZkAclPresets::open(), &owner,
                       [&](const CreateReply &reply) {
                           if (reply.error && reply.error.code != ZkCode::NodeExists && ok) {
                               std::fprintf(stderr, "create %s: %s\n", qPrintable(reply.path),
                                            qPrintable(reply.error.toString()));
                               ok = false;
                           }
                           if (--outstanding == 0) loop.quit();
                       });
    }
    if (outstanding > 0) loop.exec();
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    return ok ? nodes.size() * 1000.0 / ms : -1;
}

} // namespace BenchTrees
