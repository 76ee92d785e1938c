#pragma once

#include "jobs/subtreecrawler.h"
#include "transfer/gzipfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ZkSession;

/// What an export wrote.
struct ExportReport
{
    QString root;
    QString file;
    qint64 nodes = 0;            ///< node records written
    qint64 ephemeralSkipped = 0; ///< listed in the file, data not written
    QStringList ephemeralPaths;  ///< the first 1,000
    qint64 unreadable = 0;       ///< refused to this session: not in the file
    QStringList unreadablePaths; ///< the first 1,000
    qint64 bytes = 0;            ///< uncompressed bytes written
    bool cancelled = false;
    ZkError error;
    qint64 elapsedMs = 0;

    bool ok() const { return !error && !cancelled; }
    double nodesPerSecond() const { return elapsedMs > 0 ? nodes * 1000.0 / elapsedMs : 0.0; }
};
Q_DECLARE_METATYPE(ExportReport)

/// Exports a subtree to a zkdesk export file (docs/export-format.md), gzip-compressed when the
/// name ends in ".gz". The subtree is read by the pipelined SubtreeCrawler (data and ACLs) and
/// each batch is written as it arrives, so memory holds one batch, never the tree. Ephemeral
/// nodes are listed but not exported. A cancelled or failed export leaves no file behind.
class SubtreeExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubtreeExportJob)

public:
    struct Options
    {
        bool withStat = false;
        int maxInFlight = 1000;
    };

    explicit SubtreeExportJob(ZkSession *session, QObject *parent = nullptr);

    void start(const QString &root, const QString &file, const Options &options);
    void start(const QString &root, const QString &file) { start(root, file, Options{}); }
    void cancel();
    bool isRunning() const { return m_running; }

    static bool isGzipName(const QString &file);

signals:
    void progress(qint64 nodesDone, qint64 nodesKnown, double nodesPerSecond);
    void finished(const ExportReport &report);

private:
    void onNodes(const QList<CrawledNode> &nodes);
    void writeRecord(const QByteArray &record);
    void onCrawled(const CrawlSummary &summary);
    void finish(const ZkError &error);

    QPointer<ZkSession> m_session;
    SubtreeCrawler m_crawler;
    GzipFileWriter m_writer;
    Options m_options;
    bool m_running = false;
    bool m_first = true;
    ExportReport m_report;
    QElapsedTimer m_clock;
};
