#pragma once

#include "util/statusmessage.h"

#include "jobs/subtreecopyjob.h"
#include "jobs/subtreecrawler.h"

#include "operations/jobprogressdialog.h"
#include "operations/pathinputdialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QPushButton>

class QWidget;
class ZkSession;

/// Copy to…, Move to… and Rename from the user's side: a name/path dialog that counts the
/// subtree while it is open and says what the action will touch -> SubtreeCopyJob with a
/// progress dialog and cancel -> a report. Refusals from the job's checks (a destination that
/// exists, a move into the node's own descendant, ...) come back into the still-open dialog.
class TransferFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferFlow)

public:
    enum class Kind { Copy, Move, Rename };

    TransferFlow(ZkSession *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~TransferFlow() override;

    void start(Kind kind, const QString &source);
    bool isRunning() const { return m_running; }
    void setJobOptions(const SubtreeCopyJob::Options &options) { m_job.setOptions(options); }

    /// What the count found for the open dialog (valid once the dialog's OK is enabled).
    qint64 countedNodes() const { return m_counted; }
    qint64 countedEphemeral() const { return m_countedEphemeral; }
    const CopyReport &report() const { return m_report; }

    PathInputDialog *dialog() const { return m_dialog; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QMessageBox *resultBox() const { return m_result; }

signals:
    void runningChanged(bool running);
    void progressed(qint64 done, qint64 total);
    /// The job ran (it did not stop at its up-front checks): refresh and select.
    void finished(const CopyReport &report);
    void statusMessage(const StatusMessage &message);

private:
    void setRunning(bool running);
    void onCounted(const CrawlSummary &summary);
    void onSubmitted(const QString &text);
    void onPhaseChanged(SubtreeCopyJob::Phase phase);
    void onJobFinished(const CopyReport &report);
    void showProgress();
    void closeProgress();
    void showResult();
    QString verb() const;
    QString resultHeadline(bool copied, bool ok) const;

    QPointer<ZkSession> m_session;
    QWidget *m_dialogParent = nullptr; // Not owned.
    SubtreeCrawler m_counter;
    SubtreeCopyJob m_job;
    Kind m_kind = Kind::Copy;
    QString m_source;
    bool m_running = false;
    bool m_jobStarted = false;
    bool m_pastChecks = false; // the job got beyond its checks: the dialog is closed
    qint64 m_counted = 0;
    qint64 m_countedEphemeral = 0;
    qint64 m_total = 0;
    CopyReport m_report;
    QPointer<PathInputDialog> m_dialog;
    QPointer<JobProgressDialog> m_progress;
    QPointer<QMessageBox> m_result;
};
