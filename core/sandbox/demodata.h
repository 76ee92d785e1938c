#pragma once

#include "zk/zkerror.h"
#include "zk/zksession.h"

#include <QObject>
#include <QPointer>

/// Fills a (sandbox) server with a small, realistic tree for demos and screenshots: Kafka-like
/// broker and topic registrations (JSON), application config (properties, YAML, XML), binary and
/// Latin-1 data, empty vs null data, sequential nodes, a 120-child parent for natural sorting and
/// a ~200 KB blob.
///
/// All creates are pipelined without waiting between levels: ZooKeeper processes one session's
/// requests in order, so a parent's create always lands before its children's. Populating twice
/// is fine: NodeExists is not an error and the sequential nodes are only added with their parent.
class DemoData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoData)

public:
    explicit DemoData(QObject *parent = nullptr);

    /// Starts creating; finished() or failed() follows once every reply has arrived.
    /// Ignored while a population is running.
    void populate(ZkSession *session);
    bool isRunning() const { return m_outstanding > 0; }

    /// Number of sequential nodes created under /services/payments/instances.
    static constexpr int sequentialCount = 3;
    /// Children of /big (node-1 .. node-120).
    static constexpr int bigChildCount = 120;

signals:
    void finished();
    /// The first error other than NodeExists; emitted after all replies have arrived.
    void failed(const ZkError &error);

private:
    void create(const QString &path, const QByteArray &data,
                CreateMode mode = CreateMode::Persistent);
    void createKafkaTree();
    void createConfigTree();
    void createDataSamples();
    void createServices();
    void createSequentialInstances();
    void onReply(const ZkError &error);

    QPointer<ZkSession> m_session;
    int m_outstanding = 0;
    ZkError m_firstError;
};
