#pragma once

#include "transfer/syncapplyjob.h"
#include "transfer/syncplan.h"
#include "transfer/transfernode.h"

#include <QObject>

#include <memory>
#include <vector>

class TransferRecordReader;

/// Writes the plan of an import from a zkdesk file whose first pass kept only paths, ACLs and
/// data digests (TransferFile::read without the data): the file is read a second time, a part
/// at a time on a worker thread (TransferRecordReader checks each record against the first
/// pass), and each part's writes go through SyncApplyJob while the next part is read. Memory
/// holds two parts' bytes, not the file's. A file is parents-first, so a node is created in
/// its parent's part or a later one; real ACLs of nodes created with the temporary one wait
/// for the last part (SyncApplyJob::Parts). The report adds up the parts: a cancel, a stop or
/// an error counts the writes of the parts never started as not attempted.
class StreamedImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamedImport)

public:
    static constexpr qsizetype kPartNodes = 5000;
    static constexpr qsizetype kPartBytes = 8 * 1024 * 1024;

    /// `apply` writes each part; the caller routes its finished() and progress() here while
    /// isRunning() (partFinished(), partProgress()).
    explicit StreamedImport(SyncApplyJob &apply, QObject *parent = nullptr);
    ~StreamedImport() override;

    void start(const QString &file, const SyncPlan &plan, const TransferSnapshot &source,
               const TransferSnapshot &target, const QString &targetRoot);
    void cancel();
    bool isRunning() const { return m_running; }

    void partFinished(const SyncReport &report);
    void partProgress(qint64 done);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const SyncReport &report);

private:
    struct Part;

    void readNext();
    void onRead(const std::shared_ptr<Part> &part);
    void startPart();
    SyncPlan partPlan(qsizetype first, qsizetype end, bool last);
    void finish();

    SyncApplyJob &m_apply;
    std::shared_ptr<TransferRecordReader> m_reader; // shared with the worker reading a part
    QString m_file;
    SyncPlan m_plan;
    TransferSnapshot m_source; // the first pass: no bytes of larger values
    TransferSnapshot m_target;
    QString m_targetRoot;
    std::vector<int> m_order; // write actions with a source, by source index (file order)
    size_t m_orderPos = 0;
    QSet<QString> m_createdParents;
    QHash<QString, ZkAcl> m_staged; // real ACLs held back by earlier parts
    std::shared_ptr<Part> m_ready;  // read, not yet applied
    qsizetype m_readFrom = 0;       // index in m_source.nodes of the next record to read
    bool m_running = false;
    bool m_reading = false;
    bool m_applying = false;
    bool m_stop = false;
    quint64 m_run = 0;
    qint64 m_done = 0; // writes of the parts already finished
    SyncReport m_report;
    QElapsedTimer m_clock;
};
