#include "operations/deleteflow.h"
#include "settings/appsettings.h"

#include "operations/jobreportbox.h"
#include "operations/operationtext.h"
#include "util/messageboxwidth.h"
#include "util/servertext.h"
#include "zk/zksession.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxListedRoots = 8;
} // namespace

DeleteFlow::DeleteFlow(ZkSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{ }

DeleteFlow::~DeleteFlow()
{
    // The dialogs belong to the window; without this they would outlive the flow's state.
    delete m_confirm;
    delete m_progress;
}

void DeleteFlow::setStep(Step step)
{
    const bool wasRunning = isRunning();
    m_step = step;
    if (wasRunning != isRunning()) emit runningChanged(isRunning());
}

void DeleteFlow::start(const QStringList &roots, const std::optional<ZkStat> &singleStat)
{
    if (isRunning() || roots.isEmpty() || !m_session) return;
    qDeleteAll(m_jobs);
    m_jobs.clear();
    m_roots = roots;
    m_report = {};
    m_report.root = roots.join(u", "_s);
    m_plannedNodes = m_plannedEphemeral = m_plannedRefused = 0;
    m_cancelRequested = false;
    m_stopped = false;
    m_index = 0;
    m_offset = 0;
    if (roots.size() == 1 && singleStat && singleStat->numChildren == 0) {
        confirmSingle(roots.first(), *singleStat);
        return;
    }
    for (qsizetype i = 0; i < roots.size(); ++i) {
        auto *job = new RecursiveDeleteJob(m_session, this);
        job->setOptions(m_jobOptions);
        connect(job, &RecursiveDeleteJob::counted, this, &DeleteFlow::onCounted);
        connect(job, &RecursiveDeleteJob::finished, this, &DeleteFlow::onJobFinished);
        connect(job, &RecursiveDeleteJob::progress, this, [this](qint64 done, qint64) {
            if (m_step != Step::Deleting) return;
            if (m_progress) m_progress->setValue(int(m_offset + done));
            emit progressed(m_offset + done, m_plannedNodes + m_plannedRefused);
        });
        m_jobs << job;
    }
    setStep(Step::Counting);
    showProgress(roots.size() == 1
                     ? tr("Counting the nodes below %1…").arg(ServerText::path(roots.first()))
                     : tr("Counting the nodes below %1 selected nodes…").arg(roots.size()),
                 0);
    countNext();
}

// --- one leaf: a plain delete with the version the user saw ----------------------------------

void DeleteFlow::confirmSingle(const QString &path, const ZkStat &stat)
{
    setStep(Step::ConfirmingSingle);
    m_plannedNodes = 1;
    m_plannedEphemeral = stat.isEphemeral() ? 1 : 0;
    if (!AppSettings::instance().confirmDelete()) { // Preferences > Confirmations
        deleteSingle(path, stat);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete node"),
                                tr("Delete %1?").arg(ServerText::path(path)), QMessageBox::Cancel,
                                m_dialogParent);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString info = tr("1 node, version %1, %2 bytes of data, no children.")
                       .arg(QString::number(stat.version), QLocale().toString(stat.dataLength));
    if (stat.isEphemeral())
        info += u' ' + tr("It is ephemeral: the session that owns it will see it disappear.");
    info += u"\n\n"_s
        + tr("The delete carries version %1: if the node changed since, nothing is deleted.")
              .arg(stat.version);
    box->setInformativeText(info);
    ServerText::keepFullText(box, path);
    QPushButton *yes = box->addButton(tr("Delete 1 node"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes, path, stat] {
        if (box->clickedButton() == yes)
            deleteSingle(path, stat);
        else
            endQuietly(tr("Delete cancelled: nothing was deleted."));
    });
    ServerText::makePlain(box);
    widenMessageBox(box);
    box->open();
}

void DeleteFlow::deleteSingle(const QString &path, const ZkStat &stat)
{
    setStep(Step::DeletingSingle);
    m_report.total = 1;
    m_session->remove(path, stat.version, this, [this, path, stat](const DoneReply &reply) {
        if (!reply.error) {
            m_report.deleted = 1;
            emit statusMessage(StatusMessage::info(tr("Deleted %1").arg(ServerText::path(path))));
            finish();
            return;
        }
        if (reply.error.code == ZkCode::NoNode) {
            m_report.vanished = 1;
            emit statusMessage(
                StatusMessage::info(tr("%1 was already gone").arg(ServerText::path(path))));
            finish();
            return;
        }
        m_report.failed = 1;
        m_report.addFailure(path, reply.error);
        QString text;
        QString info;
        if (reply.error.code == ZkCode::BadVersion) {
            text = tr("%1 changed since it was loaded. Nothing was deleted.")
                       .arg(ServerText::path(path));
            info = tr("You saw version %1; someone else has changed it since. Reload it to see "
                      "the current state, then decide again.")
                       .arg(stat.version);
        } else if (reply.error.code == ZkCode::NotEmpty) {
            text = tr("%1 has children now. Nothing was deleted.").arg(ServerText::path(path));
            info = tr("Reload it and delete again: the subtree is then counted first.");
        } else {
            text = tr("Could not delete %1: %2").arg(ServerText::path(path), reply.error.message);
        }
        emit statusMessage(StatusMessage::error(text));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete refused"), text,
                                    QMessageBox::Close, m_dialogParent);
        box->setObjectName(u"deleteRefusedBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(info);
        QPushButton *reload = nullptr;
        if (reply.error.code == ZkCode::BadVersion || reply.error.code == ZkCode::NotEmpty) {
            reload = box->addButton(tr("Reload"), QMessageBox::AcceptRole);
            box->setDefaultButton(reload);
        }
        connect(box, &QMessageBox::finished, this, [this, box, reload, path] {
            if (reload && box->clickedButton() == reload) emit reloadRequested(path);
        });
        m_result = box;
        finish();
        ServerText::makePlain(box);
        widenMessageBox(box);
        box->open();
    });
}

// --- subtrees: count, confirm, delete, report --------------------------------------------------

void DeleteFlow::countNext() { m_jobs.at(m_index)->count(m_roots.at(m_index)); }

void DeleteFlow::onCounted(const DeletePlan &plan)
{
    if (m_step != Step::Counting) return;
    if (plan.cancelled || m_cancelRequested) {
        closeProgress();
        endQuietly(tr("Delete cancelled while counting: nothing was deleted."));
        return;
    }
    if (plan.error) {
        closeProgress();
        const QString text = tr("Could not count the nodes below %1: %2. Nothing was deleted.")
                                 .arg(ServerText::path(plan.root), plan.error.message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), text, QMessageBox::Close,
                                    m_dialogParent);
        box->setObjectName(u"deleteRefusedBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_result = box;
        emit statusMessage(StatusMessage::error(text));
        m_report.error = plan.error;
        finish();
        ServerText::makePlain(box);
        widenMessageBox(box);
        box->open();
        return;
    }
    m_plannedNodes += plan.nodes;
    m_plannedEphemeral += plan.ephemeral;
    m_plannedRefused += plan.refusedPaths.size();
    if (++m_index < m_jobs.size()) {
        countNext();
        return;
    }
    if (m_roots.size() == 1 && plan.nodes == 1 && plan.refusedPaths.isEmpty()) {
        confirmCountedLeaf(plan.root);
        return;
    }
    closeProgress();
    confirmAll();
}

// The tree had no stat for the node yet, so it was counted like a subtree and turned out to be
// a leaf: ask (and report) like for any leaf, with the version it has now.
void DeleteFlow::confirmCountedLeaf(const QString &path)
{
    m_session->exists(path, false, this, [this, path](const StatReply &reply) {
        if (m_step != Step::Counting) return;
        closeProgress();
        if (m_cancelRequested) {
            endQuietly(tr("Delete cancelled while counting: nothing was deleted."));
            return;
        }
        if (reply.error || reply.stat.numChildren != 0) {
            confirmAll(); // gone or grown meanwhile: the subtree path reports either
            return;
        }
        m_plannedNodes = m_plannedEphemeral = 0;
        confirmSingle(path, reply.stat);
    });
}

void DeleteFlow::confirmAll()
{
    setStep(Step::Confirming);
    const qint64 total = m_plannedNodes + m_plannedRefused;
    QString text;
    if (m_roots.size() == 1) {
        text = tr("Delete %1 and everything below it?").arg(ServerText::path(m_roots.first()));
    } else {
        QStringList shown;
        for (const QString &root : m_roots.mid(0, kMaxListedRoots)) shown << ServerText::path(root);
        text = tr("Delete these %1 nodes and everything below them?").arg(m_roots.size())
            + u"\n    "_s + shown.join(u"\n    "_s);
        if (m_roots.size() > kMaxListedRoots)
            text += u"\n    "_s + tr("… and %1 more").arg(m_roots.size() - kMaxListedRoots);
    }
    QString info = m_plannedEphemeral > 0
        ? tr("%1 will be deleted, %2 of them ephemeral (their sessions will see them "
             "disappear).")
              .arg(OperationText::nodes(m_plannedNodes), QLocale().toString(m_plannedEphemeral))
        : tr("%1 will be deleted, none of them ephemeral.")
              .arg(OperationText::nodes(m_plannedNodes));
    if (m_plannedRefused > 0)
        info += u"\n\n"_s
            + tr("%1 could not be read (no permission): they are tried too, but what is "
                 "below them is unknown.")
                  .arg(OperationText::nodes(m_plannedRefused));
    info += u"\n\n"_s + tr("This cannot be undone.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete nodes"), text, QMessageBox::Cancel,
                                m_dialogParent);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(info);
    if (m_roots.size() == 1) ServerText::keepFullText(box, m_roots.first());
    QPushButton *yes = box->addButton(tr("Delete %1").arg(OperationText::nodes(total)),
                                      QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes, total] {
        if (box->clickedButton() != yes) {
            endQuietly(tr("Delete cancelled: nothing was deleted."));
            return;
        }
        setStep(Step::Deleting);
        m_report.total = 0;
        m_index = 0;
        showProgress(tr("Deleting %1…").arg(OperationText::nodes(total)), total);
        deleteNext();
    });
    ServerText::makePlain(box);
    widenMessageBox(box);
    box->open();
}

void DeleteFlow::deleteNext()
{
    if (m_cancelRequested || m_stopped) {
        // Between two roots: the rest was never sent.
        for (int i = m_index; i < m_jobs.size(); ++i) {
            m_report.total += m_jobs.at(i)->plan().toDelete();
            m_report.notAttempted += m_jobs.at(i)->plan().toDelete();
        }
        m_report.cancelled = m_report.cancelled || m_cancelRequested;
        showResult();
        return;
    }
    m_jobs.at(m_index)->start();
}

void DeleteFlow::onJobFinished(const DeleteReport &r)
{
    if (m_step != Step::Deleting) return;
    m_report.add(r);
    m_report.deleted += r.deleted;
    m_report.vanished += r.vanished;
    m_offset += r.total;
    ++m_index;
    if (r.error) m_stopped = true; // e.g. the connection was lost: do not start the next root
    if (m_index < m_jobs.size()) {
        deleteNext();
        return;
    }
    showResult();
}

void DeleteFlow::onCancelClicked()
{
    m_cancelRequested = true;
    if (m_progress) m_progress->showCancelling();
    if (m_index < m_jobs.size()) m_jobs.at(m_index)->cancel();
}

void DeleteFlow::showProgress(const QString &label, qint64 total)
{
    closeProgress();
    auto *dialog =
        new JobProgressDialog(u"deleteProgress"_s, tr("Delete"), label, int(total), m_dialogParent);
    connect(dialog, &JobProgressDialog::cancelRequested, this, &DeleteFlow::onCancelClicked);
    m_progress = dialog;
    dialog->setValue(0);
    dialog->show();
}

void DeleteFlow::closeProgress()
{
    if (!m_progress) return;
    m_progress->disconnect(this);
    m_progress->dismiss();
    m_progress = nullptr;
}

void DeleteFlow::showResult()
{
    closeProgress();
    const DeleteReport &r = m_report;
    const bool complete = r.isComplete();
    JobReportBox report(r,
                        complete ? tr("Deleted %1 %2.")
                                       .arg(OperationText::nodes(r.deleted + r.vanished),
                                            OperationText::rate(r.deleted, r.elapsedMs))
                                 : tr("Deleted %1 of %2 nodes.")
                                       .arg(QLocale().toString(r.deleted + r.vanished),
                                            QLocale().toString(r.total)));
    report.addCount(r.vanished, tr("Already gone (deleted by someone else): %1"));
    report.addTally(tr(" (see the details; their parents were kept)"), tr(" (still there)"));
    report.addDetails(r.failures, r.failed, u"%1 — %2"_s);
    const QString title = complete ? tr("Delete finished")
        : r.cancelled              ? tr("Delete cancelled")
                                   : tr("Delete incomplete");
    m_result = report.open(complete, title, u"deleteReport"_s, m_dialogParent);
    emit statusMessage(StatusMessage::outcome(report.summary(), complete));
    finish();
}

void DeleteFlow::endQuietly(const QString &message)
{
    emit statusMessage(StatusMessage::info(message));
    m_report.cancelled = true;
    setStep(Step::Idle);
}

void DeleteFlow::finish()
{
    setStep(Step::Idle);
    emit finished(m_roots, m_report);
}
