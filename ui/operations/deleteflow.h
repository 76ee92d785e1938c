#pragma once

#include "util/statusmessage.h"

#include "jobs/recursivedeletejob.h"
#include "operations/jobprogressdialog.h"
#include "zk/zkstat.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <QStringList>

#include <optional>

class QWidget;
class ZkSession;

/// Drives a delete from the user's side: a plain version-checked delete for one leaf node, or
/// for subtrees and multi-selections: count (cancellable) -> a confirmation with the exact
/// number of nodes and ephemerals -> deletes with a progress dialog and cancel -> a report.
///
/// Nothing here blocks: every dialog is opened with open() and the next step runs from its
/// signals, so the ZooKeeper replies keep flowing while the user reads.
class DeleteFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteFlow)

public:
    DeleteFlow(ZkSession *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~DeleteFlow() override;

    /// `roots` must not contain one another. `singleStat`: the Stat the user sees for a single
    /// root; with no children it gets a plain delete carrying that version.
    void start(const QStringList &roots, const std::optional<ZkStat> &singleStat = std::nullopt);
    bool isRunning() const { return m_step != Step::Idle; }
    /// For tests and huge trees: batch sizes of the recursive deletes.
    void setJobOptions(const RecursiveDeleteJob::Options &options) { m_jobOptions = options; }

    /// The numbers of the last confirmation (all roots together).
    qint64 plannedNodes() const { return m_plannedNodes; }
    qint64 plannedEphemeral() const { return m_plannedEphemeral; }
    /// The last outcome (all roots together).
    const DeleteReport &report() const { return m_report; }

    QMessageBox *confirmation() const { return m_confirm; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QMessageBox *resultBox() const { return m_result; }

signals:
    void runningChanged(bool running);
    void progressed(qint64 done, qint64 total);
    void finished(const QStringList &roots, const DeleteReport &report);
    /// A node changed under a version-checked delete and the user asked to see it again.
    void reloadRequested(const QString &path);
    void statusMessage(const StatusMessage &message);

private:
    enum class Step { Idle, ConfirmingSingle, DeletingSingle, Counting, Confirming, Deleting };

    void setStep(Step step);
    void confirmSingle(const QString &path, const ZkStat &stat);
    void deleteSingle(const QString &path, const ZkStat &stat);
    void countNext();
    void onCounted(const DeletePlan &plan);
    void confirmCountedLeaf(const QString &path);
    void confirmAll();
    void deleteNext();
    void onJobFinished(const DeleteReport &report);
    void onCancelClicked();
    void showProgress(const QString &label, qint64 total);
    void closeProgress();
    void showResult();
    void endQuietly(const QString &message);
    void finish();

    QPointer<ZkSession> m_session;
    QWidget *m_dialogParent = nullptr; // Not owned.
    RecursiveDeleteJob::Options m_jobOptions;
    Step m_step = Step::Idle;
    QStringList m_roots;
    QList<RecursiveDeleteJob *> m_jobs; // Owned (QObject children), one per root.
    int m_index = 0;
    qint64 m_offset = 0; // nodes of the jobs already finished, for the progress bar
    qint64 m_plannedNodes = 0;
    qint64 m_plannedEphemeral = 0;
    qint64 m_plannedRefused = 0;
    bool m_cancelRequested = false;
    bool m_stopped = false; // a root's delete stopped on an error: the rest is not started
    DeleteReport m_report;
    QPointer<QMessageBox> m_confirm;
    QPointer<JobProgressDialog> m_progress;
    QPointer<QMessageBox> m_result;
};
