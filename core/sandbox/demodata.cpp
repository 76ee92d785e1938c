#include "sandbox/demodata.h"

#include "zk/zkacl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qint64 demoEpochMs = 1700000000000; // fixed, so screenshots do not change

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray brokerRegistration(int id)
{
    const QString host = QStringLiteral("kafka-%1.kafka.svc.cluster.local").arg(id);
    // The shape Kafka 3.x writes to /brokers/ids/<id> (version 5).
    return json({
        {QStringLiteral("features"), QJsonObject()},
        {QStringLiteral("listener_security_protocol_map"),
         QJsonObject{{QStringLiteral("PLAINTEXT"), QStringLiteral("PLAINTEXT")},
                     {QStringLiteral("SSL"), QStringLiteral("SSL")}}},
        {QStringLiteral("endpoints"),
         QJsonArray{QStringLiteral("PLAINTEXT://%1:9092").arg(host),
                    QStringLiteral("SSL://%1:9093").arg(host)}},
        {QStringLiteral("jmx_port"), 9999},
        {QStringLiteral("port"), 9092},
        {QStringLiteral("host"), host},
        {QStringLiteral("version"), 5},
        {QStringLiteral("rack"), QStringLiteral("eu-west-1%1").arg(QChar(u'a' + id))},
        {QStringLiteral("timestamp"), QString::number(demoEpochMs + id * 1500)},
    });
}

QByteArray topicAssignment(int partitions, const QString &topicId)
{
    QJsonObject assignment;
    for (int p = 0; p < partitions; ++p)
        assignment.insert(QString::number(p), QJsonArray{p % 3, (p + 1) % 3, (p + 2) % 3});
    return json({{QStringLiteral("version"), 3},
                 {QStringLiteral("topic_id"), topicId},
                 {QStringLiteral("partitions"), assignment},
                 {QStringLiteral("adding_replicas"), QJsonObject()},
                 {QStringLiteral("removing_replicas"), QJsonObject()}});
}

QByteArray partitionState(int partition)
{
    return json({{QStringLiteral("controller_epoch"), 7},
                 {QStringLiteral("leader"), partition % 3},
                 {QStringLiteral("version"), 1},
                 {QStringLiteral("leader_epoch"), 3 + partition},
                 {QStringLiteral("isr"), QJsonArray{partition % 3, (partition + 1) % 3}}});
}

QByteArray binarySnapshot()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) bytes.append(char(i));
    // Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong "/".
    bytes.append("\x80\xC3\x28\xE2\x82\xC0\xAF", 7);
    return bytes;
}

QByteArray largeBlob()
{
    QJsonArray events;
    // ~200 KB of compact JSON: enough to exercise the editor's large-data path.
    for (int i = 0; i < 1400; ++i) {
        events.append(QJsonObject{
            {QStringLiteral("id"), i},
            {QStringLiteral("type"),
             i % 3 ? QStringLiteral("payment.settled") : QStringLiteral("payment.created")},
            {QStringLiteral("amount"), double(i * 37 % 10000) / 100.0},
            {QStringLiteral("currency"), i % 2 ? QStringLiteral("EUR") : QStringLiteral("USD")},
            {QStringLiteral("account"), QStringLiteral("acct-%1").arg(100000 + i * 7)},
            {QStringLiteral("ts"), QString::number(demoEpochMs + i * 1000)},
        });
    }
    return json({{QStringLiteral("schema"), QStringLiteral("events/v2")},
                 {QStringLiteral("events"), events}});
}

const char applicationProperties[] =
    "# payments service\n"
    "server.port=8080\n"
    "spring.application.name=payments\n"
    "spring.datasource.url=jdbc:postgresql://db.internal:5432/payments\n"
    "spring.datasource.username=payments\n"
    "kafka.bootstrap.servers=kafka-0:9092,kafka-1:9092,kafka-2:9092\n"
    "feature.instant-payouts=true\n"
    "retry.max-attempts=5\n";

const char settingsYaml[] = "service:\n"
                            "  name: payments\n"
                            "  replicas: 3\n"
                            "limits:\n"
                            "  cpu: \"500m\"\n"
                            "  memory: 512Mi\n"
                            "features:\n"
                            "  - instant-payouts\n"
                            "  - fraud-scoring\n"
                            "zookeeper:\n"
                            "  connect: zk-0:2181,zk-1:2181,zk-2:2181/payments\n"
                            "  sessionTimeoutMs: 30000\n";

const char log4jXml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Configuration status=\"WARN\">\n"
    "  <Appenders>\n"
    "    <Console name=\"Console\" target=\"SYSTEM_OUT\">\n"
    "      <PatternLayout pattern=\"%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n\"/>\n"
    "    </Console>\n"
    "  </Appenders>\n"
    "  <Loggers>\n"
    "    <Logger name=\"org.apache.zookeeper\" level=\"warn\"/>\n"
    "    <Root level=\"info\"><AppenderRef ref=\"Console\"/></Root>\n"
    "  </Loggers>\n"
    "</Configuration>\n";

} // namespace

DemoData::DemoData(QObject *parent)
    : QObject(parent)
{ }

void DemoData::populate(ZkSession *session)
{
    if (m_outstanding > 0 || !session) return;
    m_session = session;
    m_firstError = {};
    // Held while issuing, so a reply can never bring the count to zero half-way.
    ++m_outstanding;

    // In this order: the creates are pipelined and the server applies them in order, so every
    // parent comes before its children.
    createKafkaTree();
    createConfigTree();
    createDataSamples();
    createServices();
    create(QStringLiteral("/big"), "a parent with many children: node2 sorts before node10");
    for (int i = 1; i <= bigChildCount; ++i)
        create(QStringLiteral("/big/node-%1").arg(i), QByteArray::number(i));
    create(QStringLiteral("/large"), {});
    create(QStringLiteral("/large/blob"), largeBlob());

    onReply({}); // Release the hold taken above.
}

void DemoData::createKafkaTree()
{
    create(QStringLiteral("/brokers"), {});
    create(QStringLiteral("/brokers/ids"), {});
    for (int id = 0; id < 3; ++id)
        create(QStringLiteral("/brokers/ids/%1").arg(id), brokerRegistration(id));
    create(QStringLiteral("/brokers/topics"), {});
    const struct
    {
        const char *name;
        int partitions;
        const char *id;
    } topics[] = {
        {"orders", 3, "Zb3n4ZqGRtKqYfVbXk1M2w"},
        {"payments", 6, "q8sLh0PZTCyq7m5oQ3Jf1A"},
        {"audit-log", 1, "A1v9XlqPRxGm0pE2bKc7Tg"},
    };
    for (const auto &topic : topics) {
        const QString base = QStringLiteral("/brokers/topics/") + QLatin1String(topic.name);
        create(base, topicAssignment(topic.partitions, QLatin1String(topic.id)));
        create(base + QStringLiteral("/partitions"), {});
        for (int p = 0; p < topic.partitions; ++p) {
            const QString partition = base + QStringLiteral("/partitions/%1").arg(p);
            create(partition, {});
            create(partition + QStringLiteral("/state"), partitionState(p));
        }
    }
    create(QStringLiteral("/controller"),
           json({{QStringLiteral("version"), 2},
                 {QStringLiteral("brokerid"), 0},
                 {QStringLiteral("timestamp"), QString::number(demoEpochMs)},
                 {QStringLiteral("kraftControllerEpoch"), -1}}));
    create(QStringLiteral("/controller_epoch"), "7");
}

void DemoData::createConfigTree()
{
    create(QStringLiteral("/config"), {});
    create(QStringLiteral("/config/topics"), {});
    create(QStringLiteral("/config/topics/orders"),
           json({{QStringLiteral("version"), 1},
                 {QStringLiteral("config"),
                  QJsonObject{{QStringLiteral("retention.ms"), QStringLiteral("604800000")},
                              {QStringLiteral("cleanup.policy"), QStringLiteral("delete")},
                              {QStringLiteral("min.insync.replicas"), QStringLiteral("2")}}}}));
    create(QStringLiteral("/config/app"), {});
    create(QStringLiteral("/config/app/application.properties"), applicationProperties);
    create(QStringLiteral("/config/app/settings.yaml"), settingsYaml);
    create(QStringLiteral("/config/app/log4j.xml"), log4jXml);
}

void DemoData::createDataSamples()
{
    create(QStringLiteral("/binary"), {});
    create(QStringLiteral("/binary/snapshot.bin"), binarySnapshot());
    create(QStringLiteral("/empty"), QByteArray("", 0)); // empty but not null: length 0
    create(QStringLiteral("/nulldata"), QByteArray());   // null: length -1 on the wire
    create(QStringLiteral("/latin1"), QStringLiteral("Grüße aus Köln").toLatin1());
}

void DemoData::createServices()
{
    create(QStringLiteral("/services"), {});
    create(QStringLiteral("/services/payments"), "payments service registry");
    // A real ephemeral node: it lives as long as the populating session.
    create(QStringLiteral("/services/payments/leader"),
           json({{QStringLiteral("host"), QStringLiteral("payments-0")}}), CreateMode::Ephemeral);
    m_session->create(QStringLiteral("/services/payments/instances"), {}, CreateMode::Persistent,
                      ZkAclPresets::open(), this, [this](const CreateReply &reply) {
                          // Only with a new parent: a second populate must not add more.
                          if (reply.error.isOk()) createSequentialInstances();
                          onReply(reply.error);
                      });
    ++m_outstanding;
    for (int i = 0; i < 3; ++i) {
        create(QStringLiteral("/services/payments/instances/10.0.1.%1:8080").arg(11 + i),
               json({{QStringLiteral("address"), QStringLiteral("10.0.1.%1").arg(11 + i)},
                     {QStringLiteral("port"), 8080},
                     {QStringLiteral("status"), QStringLiteral("UP")},
                     {QStringLiteral("registrationTimeUTC"), demoEpochMs + i}}));
    }
}

void DemoData::createSequentialInstances()
{
    for (int i = 0; i < sequentialCount; ++i) {
        create(QStringLiteral("/services/payments/instances/member-"),
               json({{QStringLiteral("host"), QStringLiteral("payments-%1").arg(i)},
                     {QStringLiteral("weight"), 10 * (i + 1)}}),
               CreateMode::PersistentSequential);
    }
}

void DemoData::create(const QString &path, const QByteArray &data, CreateMode mode)
{
    ++m_outstanding;
    m_session->create(path, data, mode, ZkAclPresets::open(), this,
                      [this](const CreateReply &reply) { onReply(reply.error); });
}

void DemoData::onReply(const ZkError &error)
{
    if (error && error.code != ZkCode::NodeExists && m_firstError.isOk()) m_firstError = error;
    if (--m_outstanding > 0) return;
    if (m_firstError)
        emit failed(m_firstError);
    else
        emit finished();
}
