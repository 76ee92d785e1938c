#include "operations/transferflow.h"

#include "operations/jobreportbox.h"
#include "operations/operationtext.h"
#include "operations/pathinputdialog.h"
#include "util/messageboxwidth.h"
#include "util/servertext.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;
using OperationText::nodes;

TransferFlow::TransferFlow(ZkSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_counter(session)
    , m_job(session)
{
    connect(&m_counter, &SubtreeCrawler::nodesFound, this, [this](const QList<CrawledNode> &found) {
        for (const CrawledNode &node : found) m_countedEphemeral += node.stat.isEphemeral() ? 1 : 0;
    });
    connect(&m_counter, &SubtreeCrawler::progress, this, [this](qint64 done, qint64, double) {
        if (m_dialog)
            m_dialog->setInfo(tr("Counting the nodes below %1… %2 so far")
                                  .arg(ServerText::path(m_source), QLocale().toString(done)));
    });
    connect(&m_counter, &SubtreeCrawler::finished, this, &TransferFlow::onCounted);
    connect(&m_job, &SubtreeCopyJob::phaseChanged, this, &TransferFlow::onPhaseChanged);
    connect(&m_job, &SubtreeCopyJob::finished, this, &TransferFlow::onJobFinished);
    connect(&m_job, &SubtreeCopyJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress) {
            m_progress->setMaximum(int(total));
            m_progress->setValue(int(done));
        }
        emit progressed(done, total);
    });
}

TransferFlow::~TransferFlow()
{
    delete m_dialog;
    delete m_progress;
}

QString TransferFlow::verb() const
{
    switch (m_kind) {
    case Kind::Copy:
        return tr("Copy");
    case Kind::Move:
        return tr("Move");
    case Kind::Rename:
        return tr("Rename");
    }
    return {};
}

void TransferFlow::setRunning(bool running)
{
    if (m_running == running) return;
    m_running = running;
    emit runningChanged(running);
}

void TransferFlow::start(Kind kind, const QString &source)
{
    if (m_running || !m_session) return;
    m_kind = kind;
    m_source = source;
    m_counted = m_countedEphemeral = 0;
    m_jobStarted = m_pastChecks = false;
    m_report = {};
    setRunning(true);

    auto *dialog = new PathInputDialog(kind == Kind::Rename ? PathInputDialog::Kind::Name
                                                            : PathInputDialog::Kind::Path,
                                       m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = ZkPath::name(source);
    switch (kind) {
    case Kind::Rename:
        dialog->setWindowTitle(tr("Rename node"));
        dialog->setPrompt(
            tr("New name for %1 (it stays in %2):")
                .arg(ServerText::path(source), ServerText::path(ZkPath::parent(source))),
            source);
        dialog->setText(name);
        dialog->setUnchanged(name);
        break;
    case Kind::Copy:
        dialog->setWindowTitle(tr("Copy to"));
        dialog->setPrompt(
            tr("Copy %1 and everything below it to the new path:").arg(ServerText::path(source)),
            source);
        dialog->setText(source + u"-copy"_s);
        dialog->setUnchanged(source);
        break;
    case Kind::Move:
        dialog->setWindowTitle(tr("Move to"));
        dialog->setPrompt(
            tr("Move %1 and everything below it to the new path:").arg(ServerText::path(source)),
            source);
        dialog->setText(source);
        dialog->setUnchanged(source);
        break;
    }
    dialog->setOkText(verb());
    dialog->setInfo(tr("Counting the nodes below %1…").arg(ServerText::path(source)));
    connect(dialog, &PathInputDialog::submitted, this, &TransferFlow::onSubmitted);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_jobStarted && !m_pastChecks) {
            m_job.cancel(); // still checking: nothing was written
            return;
        }
        if (!m_jobStarted) {
            m_counter.cancel();
            emit statusMessage(
                StatusMessage::info(tr("%1 cancelled: nothing was changed.").arg(verb())));
            setRunning(false);
        }
    });
    m_dialog = dialog;
    dialog->open();
    m_counter.start(source);
}

void TransferFlow::onCounted(const CrawlSummary &summary)
{
    if (!m_dialog || summary.cancelled) return;
    if (summary.error) {
        m_dialog->setInfo(tr("Could not count the nodes below %1: %2")
                              .arg(ServerText::path(m_source), summary.error.message));
        return;
    }
    m_counted = summary.nodes;
    const qint64 copied = m_counted - m_countedEphemeral;
    QString info;
    if (m_kind == Kind::Copy)
        info = tr("%1 will be copied with their data and ACLs.").arg(nodes(copied));
    else
        info = tr("%1 is a copy followed by a delete: %2 will be copied with their data and "
                  "ACLs, then deleted at %3.")
                   .arg(verb(), nodes(copied), ServerText::path(m_source));
    if (m_countedEphemeral > 0)
        info += u' '
            + (m_kind == Kind::Copy
                   ? tr("%1 ephemeral are skipped (they belong to a session).")
                   : tr("%1 ephemeral are skipped: they stay at the old path, and so do "
                        "their parents."))
                  .arg(nodes(m_countedEphemeral));
    if (summary.refused > 0)
        info += u' '
            + tr("%1 could not be read (no permission) and are not copied.")
                  .arg(nodes(summary.refused));
    info += u' ' + tr("Containers and TTL nodes become persistent nodes.");
    if (m_kind != Kind::Copy)
        info += u' ' + tr("A node someone else changes meanwhile is kept, and reported.");
    m_dialog->setInfo(info);
    m_dialog->setReady(true);
}

void TransferFlow::onSubmitted(const QString &text)
{
    const QString destination =
        m_kind == Kind::Rename ? ZkPath::join(ZkPath::parent(m_source), text) : text;
    m_dialog->setBusy(true, tr("Checking…"));
    m_jobStarted = true;
    m_pastChecks = false;
    if (m_kind == Kind::Copy)
        m_job.copy(m_source, destination);
    else
        m_job.move(m_source, destination);
}

void TransferFlow::onPhaseChanged(SubtreeCopyJob::Phase phase)
{
    using Phase = SubtreeCopyJob::Phase;
    if (phase == Phase::Idle || phase == Phase::Checking) return;
    if (!m_pastChecks) {
        m_pastChecks = true;
        if (m_dialog) {
            m_dialog->disconnect(this);
            m_dialog->accept();
        }
        showProgress();
    }
    if (!m_progress) return;
    QString label;
    switch (phase) {
    case Phase::Crawling:
        label = tr("Reading %1…").arg(ServerText::path(m_source));
        break;
    case Phase::Creating:
        label = tr("Creating the copy…");
        break;
    case Phase::FixingAcls:
        label = tr("Setting the final ACLs…");
        break;
    case Phase::DeletingSource:
        label = tr("Deleting %1…").arg(ServerText::path(m_source));
        break;
    default:
        break;
    }
    m_progress->setLabelText(label);
    m_progress->setMaximum(0); // busy until the phase reports a total
}

void TransferFlow::onJobFinished(const CopyReport &report)
{
    m_report = report;
    if (!m_pastChecks) {
        // Refused by the checks (or cancelled while checking): nothing was written.
        m_jobStarted = false;
        if (m_dialog) {
            m_dialog->setBusy(false);
            m_dialog->showError(report.error.message);
        } else {
            emit statusMessage(
                StatusMessage::info(tr("%1 cancelled: nothing was changed.").arg(verb())));
            setRunning(false);
        }
        return;
    }
    closeProgress();
    showResult();
    setRunning(false);
    emit finished(report);
}

void TransferFlow::showProgress()
{
    closeProgress();
    auto *dialog =
        new JobProgressDialog(u"transferProgress"_s, verb(), QString(), 0, m_dialogParent);
    connect(dialog, &JobProgressDialog::cancelRequested, this, [this] {
        m_job.cancel();
        if (m_progress) m_progress->showCancelling();
    });
    m_progress = dialog;
    dialog->show();
}

void TransferFlow::closeProgress()
{
    if (!m_progress) return;
    m_progress->disconnect(this);
    m_progress->dismiss();
    m_progress = nullptr;
}

QString TransferFlow::resultHeadline(bool copied, bool ok) const
{
    const CopyReport &r = m_report;
    if (ok)
        return (r.move ? tr("Moved %1 to %2: %3 %4.") : tr("Copied %1 to %2: %3 %4."))
            .arg(ServerText::path(r.source), ServerText::path(r.destination), nodes(r.created),
                 OperationText::rate(r.created, r.elapsedMs));
    if (copied)
        return tr("Copied %1 to %2, but the original was not removed completely.")
            .arg(ServerText::path(r.source), ServerText::path(r.destination));
    return tr("%1 stopped: %2 of %3 created at %4.")
        .arg(verb(), QLocale().toString(r.created), nodes(r.total - r.skippedEphemeral),
             ServerText::path(r.destination));
}

void TransferFlow::showResult()
{
    const CopyReport &r = m_report;
    const bool copied = r.copyComplete();
    const bool ok = copied && (!r.move || r.sourceDeleted);
    JobReportBox report(r, resultHeadline(copied, ok));
    report.addCount(r.skippedEphemeral,
                    r.move ? tr("Ephemeral nodes skipped: %1 (still at the old path)")
                           : tr("Ephemeral nodes skipped: %1"));
    report.addCount(r.unreadable, tr("Not readable, not copied: %1"));
    report.addTally(tr(" (see the details)"));
    report.addCount(r.aclFailed, tr("Left with a temporary ACL: %1"));
    if (r.partialCopyLeft)
        report.addLine(tr("The incomplete copy at %1 was left in place.")
                           .arg(ServerText::path(r.destination)));
    if (r.move && !copied)
        report.addLine(tr("The original at %1 was not touched.").arg(ServerText::path(r.source)));
    if (r.move && copied && r.sourceDeleteRan && !r.sourceDeleted)
        report.addLine(
            tr("Of the original: %1 deleted, %2 kept (ephemeral, changed meanwhile or "
               "refused).")
                .arg(QLocale().toString(r.sourceDelete.deleted),
                     QLocale().toString(r.sourceDelete.remaining() + r.ephemeralPaths.size())));
    report.addDetails(r.failures, r.failed, u"%1 — %2"_s);
    report.addDetails(r.sourceDelete.failures, r.sourceDelete.failed, tr("%1 — not deleted: %2"));
    report.addDetailPaths(r.ephemeralPaths, tr("%1 — ephemeral, skipped"));
    m_result = report.open(ok, ok ? tr("%1 finished").arg(verb()) : tr("%1 incomplete").arg(verb()),
                           u"transferReport"_s, m_dialogParent);
    emit statusMessage(StatusMessage::outcome(report.headline(), ok));
}
