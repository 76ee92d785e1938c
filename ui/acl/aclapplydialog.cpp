#include "acl/aclapplydialog.h"

#include "acl/aclvalidation.h"
#include "util/servertext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AclApplyDialog::AclApplyDialog(ZkSession *session, const QString &root, const ZkAcl &acl,
                               QWidget *parent)
    : QDialog(parent)
    , m_job(new RecursiveAclJob(session, this))
{
    setWindowTitle(tr("Apply ACL to %1 and below").arg(ServerText::path(root)));
    QStringList entries;
    for (const ZkAclEntry &e : acl)
        entries << DisplayText::visible(AclValidation::entryText(e)) + u' '
                + AclValidation::permsText(e.perms);
    auto *what = new QLabel(tr("Set the ACL %1 on %2 and every node below it.")
                                .arg(entries.join(u", "), ServerText::path(root)),
                            this);
    what->setWordWrap(true);
    ServerText::makePlain(what);
    m_summary = new QLabel(tr("Counting the nodes that will change…"), this);
    m_summary->setObjectName(u"aclApplySummary"_s);
    m_summary->setWordWrap(true);
    ServerText::makePlain(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(u"aclApplyReport"_s);
    m_report->setReadOnly(true);
    m_report->hide();
    auto *box = new QDialogButtonBox(this);
    m_apply = box->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    m_cancel = box->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 1);
    layout->addWidget(box);
    resize(560, 240);

    connect(m_job, &RecursiveAclJob::previewed, this, &AclApplyDialog::onPreviewed);
    connect(m_job, &RecursiveAclJob::finished, this, &AclApplyDialog::onFinished);
    connect(m_job, &RecursiveAclJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_apply->setEnabled(false);
        m_summary->setText(tr("Applying…"));
        m_job->start();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning())
            m_job->cancel(); // finished() follows and the button becomes Close
        else
            reject();
    });
    m_job->preview(root, acl);
}

void AclApplyDialog::onPreviewed(const AclApplyPlan &plan)
{
    const QLocale locale;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (plan.error || plan.cancelled) {
        m_summary->setText(plan.cancelled ? tr("Cancelled.")
                                          : tr("Cannot apply: %1").arg(plan.error.toString()));
        m_cancel->setText(tr("Close"));
        return;
    }
    QString text = tr("%1 nodes read, %2 of them will change (the others already have this ACL).")
                       .arg(locale.toString(plan.nodes), locale.toString(plan.toChange));
    if (plan.unreadable > 0)
        text += u"\n"_s
            + tr("%1 nodes cannot be read by this session and will be left alone "
                 "(and whatever is below them is unknown): %2")
                  .arg(locale.toString(plan.unreadable),
                       plan.unreadablePaths.mid(0, 5).join(u", "));
    m_summary->setText(text);
    m_apply->setEnabled(plan.toChange > 0);
}

void AclApplyDialog::onFinished(const AclApplyReport &report)
{
    const QLocale locale;
    QString text = tr("%1 of %2 nodes changed.")
                       .arg(locale.toString(report.changed), locale.toString(report.total));
    if (report.refused) text += u' ' + tr("%1 refused (no ADMIN).").arg(report.refused);
    if (report.conflicts)
        text += u' '
            + tr("%1 changed by someone else meanwhile (not overwritten).").arg(report.conflicts);
    if (report.vanished) text += u' ' + tr("%1 deleted meanwhile.").arg(report.vanished);
    if (report.failed) text += u' ' + tr("%1 failed.").arg(report.failed);
    if (report.notAttempted) text += u' ' + tr("%1 not attempted.").arg(report.notAttempted);
    if (report.unknown) text += u' ' + tr("%1 unknown (connection lost).").arg(report.unknown);
    if (report.cancelled) text += u' ' + tr("Cancelled.");
    if (report.error) text += u' ' + tr("Stopped: %1").arg(report.error.toString());
    m_summary->setText(text);
    QStringList lines;
    for (const PathError &p : report.failures)
        lines << u"%1 — %2 (%3)"_s.arg(ServerText::path(p.path), p.error.message,
                                       zkCodeName(p.error.code));
    for (const QString &p : report.unreadablePaths)
        lines << tr("%1 — not readable by this session: left alone").arg(ServerText::path(p));
    m_report->setPlainText(lines.join(u'\n'));
    m_report->setVisible(!lines.isEmpty());
    m_cancel->setText(tr("Close"));
}
