#pragma once

#include "jobs/recursiveacljob.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class ZkSession;

/// "Apply to subtree…": previews how many nodes below `root` will change (RecursiveAclJob),
/// applies on confirmation with progress and Cancel, then lists what did not change and why
/// (refused, conflicts, unreadable nodes).
class AclApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AclApplyDialog)

public:
    AclApplyDialog(ZkSession *session, const QString &root, const ZkAcl &acl, QWidget *parent = nullptr);

    RecursiveAclJob *job() const { return m_job; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QPlainTextEdit *reportView() const { return m_report; }

private:
    void onPreviewed(const AclApplyPlan &plan);
    void onFinished(const AclApplyReport &report);

    RecursiveAclJob *m_job = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_done = false;
};
