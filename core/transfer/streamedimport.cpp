#include "transfer/streamedimport.h"

#include "transfer/transferrecordreader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

struct StreamedImport::Part
{
    qsizetype first = 0;
    QList<TransferNode> nodes;
    QString error;
};

StreamedImport::StreamedImport(SyncApplyJob &apply, QObject *parent)
    : QObject(parent)
    , m_apply(apply)
{ }

StreamedImport::~StreamedImport() = default;

void StreamedImport::start(const QString &file, const SyncPlan &plan,
                           const TransferSnapshot &source, const TransferSnapshot &target,
                           const QString &targetRoot)
{
    ++m_run;
    m_reader = std::make_shared<TransferRecordReader>();
    m_file = file;
    m_plan = plan;
    m_source = source;
    m_target = target;
    m_targetRoot = targetRoot;
    m_order.clear();
    for (int i = 0; i < plan.actions.size(); ++i)
        if (plan.actions[i].source >= 0 && plan.actions[i].type != SyncPlan::Action::Skip
            && plan.actions[i].type != SyncPlan::Action::KindConflict)
            m_order.push_back(i);
    std::stable_sort(m_order.begin(), m_order.end(), [&plan](int a, int b) {
        return plan.actions[a].source < plan.actions[b].source;
    });
    m_orderPos = 0;
    m_createdParents = SyncApplyJob::createdParents(plan.actions);
    m_staged.clear();
    m_ready.reset();
    m_readFrom = 0;
    m_running = true;
    m_applying = m_stop = false;
    m_done = 0;
    m_report = {};
    m_report.targetRoot = targetRoot;
    m_clock.start();
    readNext();
}

void StreamedImport::readNext()
{
    m_reading = true;
    const quint64 run = m_run;
    QPointer<StreamedImport> self(this);
    auto part = std::make_shared<Part>();
    part->first = m_readFrom;
    // The worker reads while the GUI thread writes the previous part; the QPointer and the run
    // counter drop a result that comes after a cancel or a restart.
    QThreadPool::globalInstance()->start(
        [self, run, part, reader = m_reader, expected = m_source.nodes, file = m_file] {
            if (part->first == 0) part->error = reader->open(file);
            if (part->error.isEmpty())
                part->error =
                    reader->readPart(expected, part->first, kPartNodes, kPartBytes, &part->nodes);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, run, part] {
                    if (self && self->m_run == run) self->onRead(part);
                },
                Qt::QueuedConnection);
        });
}

void StreamedImport::onRead(const std::shared_ptr<Part> &part)
{
    m_reading = false;
    if (!part->error.isEmpty()) {
        m_stop = true;
        if (!m_report.error)
            m_report.error = ZkError::make(ZkCode::BadArguments, part->error, m_targetRoot);
        if (!m_applying) finish();
        return;
    }
    m_readFrom += part->nodes.size();
    m_ready = part;
    if (!m_applying) startPart();
}

SyncPlan StreamedImport::partPlan(qsizetype first, qsizetype end, bool last)
{
    SyncPlan plan; // m_order holds writes only (no Skip or KindConflict)
    for (; m_orderPos < m_order.size(); ++m_orderPos) {
        SyncPlan::Action a = m_plan.actions[m_order[m_orderPos]];
        if (a.source >= end) break;
        a.source -= int(first);
        plan.append(std::move(a));
    }
    if (last) // deletes have no source record: after every part's creates
        for (const SyncPlan::Action &a : std::as_const(m_plan.actions))
            if (a.type == SyncPlan::Action::Delete) plan.append(a);
    return plan;
}

void StreamedImport::startPart()
{
    const std::shared_ptr<Part> part = std::move(m_ready);
    m_ready.reset();
    const bool last = m_readFrom >= m_source.nodes.size();
    if (!last) readNext(); // the next part is read while this one is written
    TransferSnapshot values;
    values.root = m_source.root;
    values.nodes = part->nodes;
    const SyncPlan plan = partPlan(part->first, part->first + part->nodes.size(), last);
    if (plan.writes() == 0 && !last) return; // nothing to write here: on to the next part
    m_applying = true;
    m_apply.setParts(SyncApplyJob::Parts{m_createdParents, !last, m_staged});
    m_staged.clear();
    m_apply.start(plan, values, m_target, m_targetRoot);
}

void StreamedImport::partProgress(qint64 done) { emit progress(m_done + done, m_plan.writes()); }

void StreamedImport::partFinished(const SyncReport &r)
{
    m_applying = false;
    m_report.JobReport::add(r);
    m_report.created += r.created;
    m_report.dataUpdated += r.dataUpdated;
    m_report.aclUpdated += r.aclUpdated;
    m_report.deleted += r.deleted;
    m_report.ttlAsPersistent += r.ttlAsPersistent;
    m_report.aclFailed += r.aclFailed;
    m_report.stoppedAtConflict = m_report.stoppedAtConflict || r.stoppedAtConflict;
    m_done += r.total;
    m_staged.insert(m_apply.heldStagedAcls());
    if (r.cancelled || r.error || r.stoppedAtConflict) m_stop = true;
    if (m_stop || (!m_reading && !m_ready))
        finish();
    else if (m_ready)
        startPart();
}

void StreamedImport::cancel()
{
    if (!m_running) return;
    m_report.cancelled = m_stop = true;
    if (m_applying)
        m_apply.cancel(); // its finished() comes back through partFinished()
    else
        finish();
}

void StreamedImport::finish()
{
    ++m_run; // a part still being read is dropped
    m_reading = false;
    m_ready.reset();
    if (!m_staged.isEmpty()) {
        // Nodes created with the temporary ACL by earlier parts still need their real one, even
        // after a cancel or an error: one more run with no writes but these.
        m_applying = true;
        m_apply.setParts(SyncApplyJob::Parts{m_createdParents, false, m_staged});
        m_staged.clear();
        m_apply.start({}, {}, m_target, m_targetRoot);
        return;
    }
    m_apply.setParts(std::nullopt);
    m_running = false;
    m_report.total = m_plan.writes();
    // Every planned write is counted once: those of parts never started were not attempted.
    const qint64 counted =
        m_report.written() + m_report.failed + m_report.notAttempted + m_report.unknown;
    m_report.notAttempted += std::max<qint64>(0, m_report.total - counted);
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}
