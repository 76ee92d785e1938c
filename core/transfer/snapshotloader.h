#pragma once

#include "jobs/subtreecrawler.h"
#include "transfer/transferfile.h"
#include "transfer/transfernode.h"

#include <QObject>
#include <QPointer>

class ZkSession;

/// Loads one side of an import or a compare into a TransferSnapshot: a live subtree through the
/// pipelined SubtreeCrawler (data and ACLs; ephemeral nodes listed, not kept), or an export file
/// read on a worker thread. A live root that does not exist is an empty side (`missing`), not an
/// error: importing into a new path is the usual case.
class SnapshotLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotLoader)

public:
    /// Values up to this size are kept even without keepData: a digest would not be smaller.
    static constexpr qsizetype kKeptBytes = 64;

    explicit SnapshotLoader(QObject *parent = nullptr);
    ~SnapshotLoader() override;

    /// `keepData` false: values over kKeptBytes keep only their digest (TransferNode::digest).
    void loadLive(ZkSession *session, const QString &root, bool keepData = true,
                  int maxInFlight = 1000);
    /// `keepData` false: see TransferFile::read.
    void loadFile(const QString &path, bool keepData = true);
    void cancel();
    bool isRunning() const { return m_running; }
    TransferSnapshot &snapshot() { return m_snapshot; }
    TransferFile::Format fileFormat() const { return m_format; }
    /// The file was a zkdesk file in its line layout (TransferFile::Result::lineLayout).
    bool fileLineLayout() const { return m_lineLayout; }

    static TransferNode fromCrawled(const QString &root, const CrawledNode &node);

signals:
    void progress(qint64 nodesDone, qint64 nodesKnown);
    /// `error` set: the side could not be read (the snapshot is then empty).
    void loaded(const ZkError &error);

private:
    void onCrawled(const CrawlSummary &summary);
    void finish(const ZkError &error);

    SubtreeCrawler *m_crawler = nullptr;
    TransferSnapshot m_snapshot;
    ZkAcl m_lastAcl; ///< the previous node's ACL, shared by the next when equal
    TransferFile::Format m_format = TransferFile::Format::Zkdesk;
    bool m_lineLayout = false;
    bool m_running = false;
    quint64 m_run = 0;
};
