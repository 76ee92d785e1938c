#include "transfer/subtreeexportjob.h"

#include "jobs/jobreport.h"
#include "transfer/exportformat.h"
#include "transfer/transfernode.h"
#include "zk/zksession.h"

SubtreeExportJob::SubtreeExportJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_crawler(session, this)
{
    connect(&m_crawler, &SubtreeCrawler::nodesFound, this, &SubtreeExportJob::onNodes);
    connect(&m_crawler, &SubtreeCrawler::progress, this, &SubtreeExportJob::progress);
    connect(&m_crawler, &SubtreeCrawler::finished, this, &SubtreeExportJob::onCrawled);
}

bool SubtreeExportJob::isGzipName(const QString &file)
{
    return file.endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive);
}

void SubtreeExportJob::start(const QString &root, const QString &file, const Options &options)
{
    cancel();
    m_options = options;
    m_report = {};
    m_report.root = root;
    m_report.file = file;
    m_first = true;
    m_running = true;
    m_clock.start();
    if (!m_writer.open(file, isGzipName(file))) {
        QMetaObject::invokeMethod(
            this, [this] { finish(ZkError::make(ZkCode::SystemError, m_writer.error())); },
            Qt::QueuedConnection);
        return;
    }
    QString origin = m_session ? m_session->connectedServer() : QString();
    m_writer.write(ExportFormat::headerLine({root, origin, options.withStat}));
    m_crawler.start(root,
                    {.fetchData = true, .fetchAcl = true, .maxInFlight = options.maxInFlight});
}

void SubtreeExportJob::cancel()
{
    if (!m_running) return;
    m_report.cancelled = true;
    m_crawler.cancel(); // finished(cancelled) comes back synchronously through onCrawled
    if (m_running) finish({});
}

void SubtreeExportJob::writeRecord(const QByteArray &record)
{
    if (!m_first) m_writer.write(QByteArrayLiteral(",\n"));
    m_first = false;
    m_writer.write(record);
}

void SubtreeExportJob::onNodes(const QList<CrawledNode> &nodes)
{
    if (!m_running) return;
    for (const CrawledNode &n : nodes) {
        TransferNode node;
        node.relPath = TransferSnapshot::relative(m_report.root, n.path);
        node.kind = NodeKinds::of(n.stat);
        if (node.kind == NodeKind::Ephemeral) {
            ++m_report.ephemeralSkipped;
            if (m_report.ephemeralPaths.size() < JobReport::kMaxReportedPaths)
                m_report.ephemeralPaths.append(n.path);
            writeRecord(ExportFormat::skippedObject(m_report.root, node.relPath));
            continue;
        }
        node.ttlMs = NodeKinds::ttlMs(n.stat);
        node.data = n.data;
        node.acl = n.acl;
        node.stat = n.stat;
        writeRecord(ExportFormat::nodeObject(m_report.root, node, m_options.withStat));
        ++m_report.nodes;
    }
    if (!m_writer.error().isEmpty()) {
        finish(ZkError::make(ZkCode::SystemError, m_writer.error()));
        m_crawler.cancel(); // its finished() finds the job done
    }
}

void SubtreeExportJob::onCrawled(const CrawlSummary &summary)
{
    if (!m_running) return;
    m_report.unreadable = summary.refused;
    m_report.unreadablePaths = summary.refusedPaths;
    if (summary.cancelled || summary.error) {
        finish(summary.error);
        return;
    }
    ExportFormat::Summary s;
    s.nodes = m_report.nodes;
    s.ephemeralSkipped = m_report.ephemeralSkipped;
    s.unreadable = summary.refused;
    s.unreadablePaths = summary.refusedPaths;
    s.complete = summary.refused == 0;
    m_writer.write(QByteArrayLiteral("\n") + ExportFormat::trailerLine(s));
    m_report.bytes = m_writer.bytesWritten();
    if (!m_writer.commit()) {
        finish(ZkError::make(ZkCode::SystemError, m_writer.error()));
        return;
    }
    finish({});
}

void SubtreeExportJob::finish(const ZkError &error)
{
    if (!m_running) return;
    m_running = false;
    m_report.error = error;
    if (error || m_report.cancelled) m_writer.discard();
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}
