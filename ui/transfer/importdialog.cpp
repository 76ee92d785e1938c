#include "transfer/importdialog.h"

#include "util/servertext.h"
#include "zk/zksession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxListed = 5000;
}

ImportDialog::ImportDialog(ZkSession *session, const QString &targetPath, QWidget *parent)
    : QDialog(parent)
    , m_job(session, this)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import"));
    m_readOnly = session && session->options().readOnly;
    m_summary =
        new QLabel(tr("Choose a file, then Dry run: nothing is written before Import."), this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_listing = new QTreeWidget(this);
    m_listing->setObjectName(u"importListing"_s);
    m_listing->setHeaderLabels({tr("Action"), tr("Path")});
    m_listing->setRootIsDecorated(false);
    m_listing->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm(targetPath));
    layout->addWidget(m_summary);
    layout->addWidget(m_listing, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buildButtons());
    connectJob();
    resize(760, 520);
}

// The file, where it goes, and what to do with nodes that exist.
QFormLayout *ImportDialog::buildForm(const QString &targetPath)
{
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import file"), {},
                                                       tr("Exports (*.json *.gz);;All files (*)"));
        if (!f.isEmpty()) setFile(f);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    m_target = new QLineEdit(targetPath, this);
    m_target->setObjectName(u"importTarget"_s);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"importMode"_s);
    m_mode->addItem(tr("Skip nodes that exist"), int(SyncOptions::Conflicts::Skip));
    m_mode->addItem(tr("Overwrite (checked against the version read)"),
                    int(SyncOptions::Conflicts::Overwrite));
    m_mode->addItem(tr("Stop at the first conflict"), int(SyncOptions::Conflicts::Stop));
    // A changed mode or target makes the last dry run stale: run it again before importing.
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_import->setEnabled(false); });
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Import as:"), m_target);
    form->addRow(tr("Existing nodes:"), m_mode);
    return form;
}

QDialogButtonBox *ImportDialog::buildButtons()
{
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(u"importDryRunButton"_s);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, &ImportDialog::startDryRun);
    connect(m_import, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_import->setEnabled(false);
        m_job.apply();
    });
    connect(m_cancel, &QPushButton::clicked, &m_job, &ImportJob::cancel);
    return buttons;
}

void ImportDialog::connectJob()
{
    connect(&m_job, &ImportJob::prepared, this, &ImportDialog::onPrepared);
    connect(&m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    connect(&m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(std::min(done, total)));
    });
}

void ImportDialog::setFile(const QString &file)
{
    m_file->setText(file);
    m_import->setEnabled(false);
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_dryRun->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void ImportDialog::startDryRun()
{
    m_listing->clear();
    m_import->setEnabled(false);
    m_summary->setText(tr("Reading the file and %1…").arg(ServerText::path(m_target->text())));
    SyncOptions o;
    o.conflicts = SyncOptions::Conflicts(m_mode->currentData().toInt());
    setBusy(true);
    m_job.prepare(m_file->text(), m_target->text(), o);
}

void ImportDialog::onPrepared(const ZkError &error)
{
    setBusy(false);
    if (error) {
        m_summary->setText(tr("Cannot import: %1\nNothing was written.").arg(error.message));
        return;
    }
    const SyncPlan &plan = m_job.plan();
    QString text = tr("Dry run: %1 to create, %2 data updates, %3 ACL changes, %4 skipped "
                      "(differ), %5 identical, %6 ephemeral nodes in the file not imported.")
                       .arg(plan.creates)
                       .arg(plan.dataUpdates)
                       .arg(plan.aclUpdates)
                       .arg(plan.skipped)
                       .arg(plan.identical)
                       .arg(m_job.fileSnapshot().ephemeralPaths.size());
    if (plan.kindConflicts > 0)
        text += tr(" %1 nodes differ in kind and are left alone.").arg(plan.kindConflicts);
    if (plan.firstConflict >= 0)
        text += tr("\nStop at the first conflict: %1 differs, so Import would write nothing.")
                    .arg(TransferSnapshot::absolute(m_job.targetRoot(),
                                                    plan.actions[plan.firstConflict].relPath));
    if (m_readOnly) text += tr("\nThis connection is read-only: Import is disabled.");
    m_summary->setText(text);
    QList<QTreeWidgetItem *> items;
    for (const SyncPlan::Action &a : plan.actions) {
        if (items.size() >= kMaxListed) break;
        items.append(new QTreeWidgetItem(
            {SyncPlan::actionName(a.type),
             ServerText::path(TransferSnapshot::absolute(m_job.targetRoot(), a.relPath))}));
    }
    m_listing->addTopLevelItems(items);
    m_import->setEnabled(!m_readOnly && plan.writes() > 0 && plan.firstConflict < 0);
}

void ImportDialog::onFinished(const SyncReport &r)
{
    setBusy(false);
    QString text = r.cancelled ? tr("Import cancelled. ") : QString();
    if (r.error) text += tr("Stopped: %1. ").arg(r.error.message);
    text += tr("Written: %1 created, %2 data updates, %3 ACLs set. Failed: %4, not attempted: %5, "
               "unknown (in flight when the connection was lost): %6.")
                .arg(r.created)
                .arg(r.dataUpdated)
                .arg(r.aclUpdated)
                .arg(r.failed)
                .arg(r.notAttempted)
                .arg(r.unknown);
    for (const PathError &f : r.failures.mid(0, 20))
        text += u"\n"_s + ServerText::path(f.path) + u": "_s + f.error.message;
    m_summary->setText(text);
}
