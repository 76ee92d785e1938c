#include "transfer/connectioncopydialog.h"

#include "appcontroller.h"
#include "connectiontabs.h"
#include "connectionview.h"
#include "operations/jobreportbox.h"
#include "operations/operationtext.h"
#include "tree/znodetreemodel.h"
#include "util/servertext.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using OperationText::nodes;

ConnectionCopyDialog::ConnectionCopyDialog(ZkSession *source, const QString &sourceTitle,
                                           const QString &path, bool move, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_sourceTitle(sourceTitle)
    , m_path(path)
    , m_move(move)
{
    setObjectName(u"connectionCopyDialog"_s);
    setWindowTitle(move ? tr("Move to Connection") : tr("Copy to Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel((move ? tr("Move %1 of %2 and everything below it to another open connection:")
                         : tr("Copy %1 of %2 and everything below it to another open connection:"))
                       .arg(ServerText::path(path), sourceTitle),
                   this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    buildForm(path);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"connectionCopySummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(80);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    buildButtons();
    resize(640, 360);
}

void ConnectionCopyDialog::buildForm(const QString &path)
{
    m_targetBox = new QComboBox(this);
    m_targetBox->setObjectName(u"connectionCopyTarget"_s);
    m_parent = new QLineEdit(path == u"/" ? path : ZkPath::parent(path), this);
    m_parent->setObjectName(u"connectionCopyParent"_s);
    m_name = new QLineEdit(ZkPath::name(path), this);
    m_name->setObjectName(u"connectionCopyName"_s);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"connectionCopyMode"_s);
    m_mode->addItem(tr("Stop: write nothing if a node exists and differs"),
                    int(SyncOptions::Conflicts::Stop));
    m_mode->addItem(tr("Skip nodes that exist"), int(SyncOptions::Conflicts::Skip));
    m_mode->addItem(tr("Overwrite (checked against the version read)"),
                    int(SyncOptions::Conflicts::Overwrite));
    // A move may delete only what it created: the destination must be new, the mode is moot.
    m_mode->setEnabled(!m_move);
    auto *form = new QFormLayout;
    form->addRow(tr("To connection:"), m_targetBox);
    form->addRow(tr("Into parent:"), m_parent);
    form->addRow(tr("As name:"), m_name);
    form->addRow(tr("Existing nodes:"), m_mode);
    static_cast<QVBoxLayout *>(layout())->addLayout(form);
    // Any change makes the last count stale: it is read again before anything is written.
    connect(m_targetBox, &QComboBox::currentIndexChanged, this, &ConnectionCopyDialog::check);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConnectionCopyDialog::check);
    for (QLineEdit *edit : {m_parent, m_name})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_run->setEnabled(false); });
}

void ConnectionCopyDialog::buildButtons()
{
    m_check = new QPushButton(tr("C&heck"), this);
    m_check->setObjectName(u"connectionCopyCheck"_s);
    m_run = new QPushButton(verb(), this);
    m_run->setObjectName(u"connectionCopyRun"_s);
    m_run->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"connectionCopyCancel"_s);
    m_cancel->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ConnectionCopyDialog::check);
    connect(m_run, &QPushButton::clicked, this, &ConnectionCopyDialog::confirmRun);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) m_job->cancel();
    });
    layout()->addWidget(buttons);
}

// Out of line: QPointer needs the complete type, and includers need not have it.
QMessageBox *ConnectionCopyDialog::lastBox() const { return m_box; }

QString ConnectionCopyDialog::verb() const { return m_move ? tr("&Move") : tr("&Copy"); }

ConnectionCopyDialog *ConnectionCopyDialog::open(ZkSession *source, const QString &path, bool move,
                                                 QWidget *parent, ZkSession *target,
                                                 const QString &parentPath)
{
    const ConnectionView *view = ConnectionTabs::viewFor(source);
    const QString title = view ? view->title() : source->connectedServer();
    auto *d = new ConnectionCopyDialog(source, title, path, move, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    // The copy shows in the target's tree at once, also where no child watch would tell it (a
    // collapsed parent, or one never expanded: its expand arrow appears).
    connect(d, &ConnectionCopyDialog::targetChanged, d,
            [](ZkSession *changed, const QString &destination) {
                if (ConnectionView *v = ConnectionTabs::viewFor(changed))
                    v->controller()->model()->refreshPath(destination);
            });
    d->show();
    QList<Target> targets = openConnections(source);
    if (target) {
        // The dropped-on tab first and its parent set now, so that the one check setTargets()
        // makes reads this destination.
        std::stable_partition(targets.begin(), targets.end(),
                              [target](const Target &t) { return t.session == target; });
        d->m_parent->setText(parentPath);
    }
    d->setTargets(targets);
    return d;
}

QList<ConnectionCopyDialog::Target> ConnectionCopyDialog::openConnections(const ZkSession *except)
{
    QList<Target> targets;
    for (ConnectionView *view : ConnectionTabs::allViews()) {
        ZkSession *session = view->controller()->session();
        if (session != except && session->isConnected()) targets.append({view->title(), session});
    }
    return targets;
}

void ConnectionCopyDialog::setTargets(const QList<Target> &targets)
{
    const QSignalBlocker block(m_targetBox);
    m_targetBox->clear();
    for (const Target &t : targets) {
        if (!t.session) continue;
        const bool readOnly = t.session->options().readOnly;
        m_targetBox->addItem(readOnly ? tr("%1 (read-only)").arg(t.title) : t.title,
                             QVariant::fromValue(static_cast<QObject *>(t.session.data())));
    }
    if (m_targetBox->count() == 0) {
        m_summary->setText(tr("No other connection is open: open the target in a new tab "
                              "(File > New Connection) first."));
        m_check->setEnabled(false);
        return;
    }
    check();
}

void ConnectionCopyDialog::setDestination(ZkSession *target, const QString &parentPath)
{
    m_parent->setText(parentPath);
    const int index = m_targetBox->findData(QVariant::fromValue(static_cast<QObject *>(target)));
    if (index >= 0 && index != m_targetBox->currentIndex())
        m_targetBox->setCurrentIndex(index); // checks
    else
        check();
}

ZkSession *ConnectionCopyDialog::target() const
{
    return qobject_cast<ZkSession *>(m_targetBox->currentData().value<QObject *>());
}

QString ConnectionCopyDialog::destination() const
{
    return ZkPath::join(m_parent->text().trimmed(), m_name->text().trimmed());
}

void ConnectionCopyDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setMaximum(0);
    m_check->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_targetBox->setEnabled(!busy);
    m_mode->setEnabled(!busy && !m_move);
    if (busy) m_run->setEnabled(false);
}

void ConnectionCopyDialog::check()
{
    ZkSession *to = target();
    if (!to || !m_source || (m_job && m_job->phase() == ConnectionCopyJob::Phase::Copying)) return;
    if (m_job) m_job->deleteLater();
    m_job = new ConnectionCopyJob(m_source, to, this);
    connect(m_job, &ConnectionCopyJob::prepared, this, &ConnectionCopyDialog::onPrepared);
    connect(m_job, &ConnectionCopyJob::copied, this, &ConnectionCopyDialog::onCopied);
    connect(m_job, &ConnectionCopyJob::sourceDeleted, this, &ConnectionCopyDialog::onSourceDeleted);
    connect(m_job, &ConnectionCopyJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(std::min(done, total)));
    });
    SyncOptions o;
    o.conflicts = SyncOptions::Conflicts(m_mode->currentData().toInt());
    m_summary->setText(tr("Counting the nodes below %1 and reading %2 on %3…")
                           .arg(ServerText::path(m_path), ServerText::path(destination()),
                                m_targetBox->currentText()));
    setBusy(true);
    m_job->prepare(m_path, destination(), o, m_move);
}

void ConnectionCopyDialog::onPrepared(const ZkError &error)
{
    setBusy(false);
    if (error) {
        m_summary->setText(tr("Cannot %1: %2\nNothing was written.")
                               .arg(m_move ? tr("move") : tr("copy"), error.message));
        return;
    }
    const SyncPlan &plan = m_job->plan();
    const TransferSnapshot &source = m_job->source();
    QString text =
        tr("%1 will be created on %2 at %3, with their data and ACLs.")
            .arg(nodes(plan.creates), m_targetBox->currentText(), ServerText::path(destination()));
    if (plan.dataUpdates + plan.aclUpdates > 0)
        text += u' '
            + tr("Existing nodes: %1 data and %2 ACL updates (checked against the version read).")
                  .arg(plan.dataUpdates)
                  .arg(plan.aclUpdates);
    if (plan.skipped > 0)
        text += u' ' + tr("%1 exist and differ: left as they are.").arg(nodes(plan.skipped));
    if (plan.identical > 0)
        text += u' ' + tr("%1 are already identical.").arg(nodes(plan.identical));
    if (plan.kindConflicts > 0)
        text += u' ' + tr("%1 differ in kind and are left alone.").arg(nodes(plan.kindConflicts));
    if (!source.ephemeralPaths.isEmpty())
        text += u' '
            + tr("%1 ephemeral are skipped (they belong to a session).")
                  .arg(nodes(source.ephemeralPaths.size()));
    if (source.unreadable > 0)
        text += u' '
            + tr("%1 could not be read (no permission) and are not copied.")
                  .arg(nodes(source.unreadable));
    if (m_move)
        text += u' '
            + tr("The original is deleted only after a complete copy, and only when you "
                 "confirm it.");
    if (plan.firstConflict >= 0)
        text += u'\n'
            + tr("Stop at the first conflict: %1 differs, so nothing would be written.")
                  .arg(ServerText::path(TransferSnapshot::absolute(
                      destination(), plan.actions[plan.firstConflict].relPath)));
    m_summary->setText(text);
    m_run->setEnabled(plan.writes() > 0 && plan.firstConflict < 0);
}

void ConnectionCopyDialog::confirmRun()
{
    if (!m_job || m_job->phase() != ConnectionCopyJob::Phase::Ready) return;
    const SyncPlan &plan = m_job->plan();
    auto *box = new QMessageBox(
        QMessageBox::Question, windowTitle(),
        (m_move ? tr("Move %1 from %2 to %3 on %4?") : tr("Copy %1 from %2 to %3 on %4?"))
            .arg(nodes(plan.writes()), ServerText::path(m_path), ServerText::path(destination()),
                 m_targetBox->currentText()),
        QMessageBox::Cancel, this);
    box->setObjectName(u"connectionCopyConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *run = box->addButton(m_move ? tr("Move") : tr("Copy"), QMessageBox::AcceptRole);
    ServerText::makePlain(box);
    // By the button, not accepted(): QMessageBox maps custom buttons to result codes by index.
    connect(box, &QMessageBox::buttonClicked, this, [this, run](QAbstractButton *clicked) {
        if (clicked != run || !m_job) return;
        setBusy(true);
        m_summary->setText(tr("Writing to %1…").arg(m_targetBox->currentText()));
        m_job->copy();
    });
    m_box = box;
    box->open();
}

void ConnectionCopyDialog::onCopied(const SyncReport &r)
{
    setBusy(false);
    emit targetChanged(m_job->targetSession(), destination());
    const bool complete = m_job->copyComplete();
    if (m_move && complete) {
        confirmDeleteSource();
        return;
    }
    const QString headline = r.isComplete()
        ? tr("Copied %1 to %2 on %3: %4 %5.")
              .arg(ServerText::path(m_path), ServerText::path(destination()),
                   m_targetBox->currentText(), nodes(r.written()),
                   OperationText::rate(r.written(), r.elapsedMs))
        : tr("%1 stopped: %2 of %3 written at %4.")
              .arg(m_move ? tr("Move") : tr("Copy"), QLocale().toString(r.written()),
                   nodes(r.total), ServerText::path(destination()));
    QStringList lines;
    if (r.created > 0 && !r.isComplete())
        lines
            << tr("What was written is left in place at %1.").arg(ServerText::path(destination()));
    if (m_move) lines << tr("The original at %1 was not touched.").arg(ServerText::path(m_path));
    showReport(r, headline, r.isComplete(), lines);
}

void ConnectionCopyDialog::confirmDeleteSource()
{
    const qint64 count = m_job->plan().creates;
    auto *box = new QMessageBox(
        QMessageBox::Question, windowTitle(),
        tr("The copy is complete: %1 written to %2 on %3. Delete the original %4 at %5 on %6 "
           "now?")
            .arg(nodes(m_job->copyReport().written()), ServerText::path(destination()),
                 m_targetBox->currentText(), nodes(count), ServerText::path(m_path), m_sourceTitle),
        QMessageBox::NoButton, this);
    box->setObjectName(u"connectionCopyDeleteConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("A node changed since it was read is kept, and reported."));
    QPushButton *remove = box->addButton(tr("Delete the original"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    ServerText::makePlain(box);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove](QAbstractButton *clicked) {
        if (clicked != remove) {
            m_summary->setText(
                tr("Copied; the original at %1 was kept.").arg(ServerText::path(m_path)));
            return;
        }
        if (!m_job) return;
        setBusy(true);
        m_summary->setText(tr("Deleting %1…").arg(ServerText::path(m_path)));
        m_job->deleteSource();
    });
    m_box = box;
    box->open();
}

void ConnectionCopyDialog::onSourceDeleted(const DeleteReport &r)
{
    setBusy(false);
    const bool ok = r.isComplete();
    const QString headline = ok
        ? tr("Moved %1 to %2 on %3: %4.")
              .arg(ServerText::path(m_path), ServerText::path(destination()),
                   m_targetBox->currentText(), nodes(m_job->copyReport().written()))
        : tr("Copied %1 to %2, but the original was not removed completely.")
              .arg(ServerText::path(m_path), ServerText::path(destination()));
    QStringList lines;
    if (!ok)
        lines << tr("Of the original: %1 deleted, %2 kept (ephemeral, changed meanwhile or "
                    "refused).")
                     .arg(QLocale().toString(r.deleted), QLocale().toString(r.remaining()));
    showReport(r, headline, ok, lines);
}

void ConnectionCopyDialog::showReport(const JobReport &report, const QString &headline, bool ok,
                                      const QStringList &lines)
{
    JobReportBox box(report, headline);
    for (const QString &line : lines) box.addLine(line);
    box.addTally(tr(" (see the details)"));
    box.addDetails(report.failures, report.failed, u"%1 — %2"_s);
    m_summary->setText(box.summary());
    m_box = box.open(ok,
                     ok ? tr("%1 finished").arg(m_move ? tr("Move") : tr("Copy"))
                        : tr("%1 incomplete").arg(m_move ? tr("Move") : tr("Copy")),
                     u"connectionCopyReport"_s, this);
}
