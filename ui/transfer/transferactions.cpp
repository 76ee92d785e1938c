#include "transfer/transferactions.h"

#include "operations/jobprogressdialog.h"
#include "profiles/profilelauncher.h"
#include "transfer/comparedialog.h"
#include "transfer/connectioncopydialog.h"
#include "transfer/importdialog.h"
#include "transfer/subtreeexportjob.h"
#include "util/servertext.h"
#include "zk/zkpath.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

TransferActions::TransferActions(ZkSession *session, QWidget *window,
                                 std::function<QString()> currentPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_currentPath(std::move(currentPath))
{
    m_export = new QAction(tr("E&xport subtree…"), this);
    m_export->setObjectName(u"exportSubtreeAction"_s);
    m_import = new QAction(tr("&Import…"), this);
    m_import->setObjectName(u"importAction"_s);
    m_compare = new QAction(tr("Compare &with…"), this);
    m_compare->setObjectName(u"compareWithAction"_s);
    m_copyToConnection = new QAction(tr("Copy to Co&nnection…"), this);
    m_copyToConnection->setObjectName(u"copyToConnectionAction"_s);
    m_moveToConnection = new QAction(tr("Move to Connec&tion…"), this);
    m_moveToConnection->setObjectName(u"moveToConnectionAction"_s);
    connect(m_copyToConnection, &QAction::triggered, this,
            [this] { copyToConnection(m_currentPath(), false); });
    connect(m_moveToConnection, &QAction::triggered, this,
            [this] { copyToConnection(m_currentPath(), true); });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = m_currentPath();
        const QString name = path == u"/" ? u"root"_s : ZkPath::name(path);
        const QString file = QFileDialog::getSaveFileName(
            m_window, tr("Export %1").arg(ServerText::path(path)), name + u".json.gz"_s,
            tr("zkdesk export (*.json.gz *.json)"));
        if (!file.isEmpty()) exportSubtree(path, file);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        auto *d = new ImportDialog(m_session, m_currentPath(), m_window);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        auto *d = new CompareDialog(m_session, m_currentPath(), m_window);
        d->setAttribute(Qt::WA_DeleteOnClose);
        // The app's saved profiles (the main window owns them), for a right side with auth.
        d->setProfileLauncher(m_window->window()->findChild<ProfileLauncher *>());
        d->show();
    });
}

void TransferActions::addTo(QMenu *menu) const
{
    menu->addAction(m_export);
    menu->addAction(m_import);
    menu->addAction(m_compare);
    menu->addAction(m_copyToConnection);
    menu->addAction(m_moveToConnection);
}

void TransferActions::copyToConnection(const QString &path, bool move)
{
    if (!path.isEmpty()) ConnectionCopyDialog::open(m_session, path, move, m_window);
}

void TransferActions::exportSubtree(const QString &path, const QString &file)
{
    auto *job = new SubtreeExportJob(m_session, this);
    auto *progress =
        new JobProgressDialog(u"exportProgress"_s, tr("Export"),
                              tr("Exporting %1…").arg(ServerText::path(path)), 0, m_window);
    connect(progress, &JobProgressDialog::cancelRequested, job, [job, progress] {
        progress->showCancelling();
        job->cancel();
    });
    connect(job, &SubtreeExportJob::progress, progress, [progress](qint64 done, qint64 known) {
        progress->setMaximum(int(known));
        progress->setValue(int(done));
    });
    connect(job, &SubtreeExportJob::finished, this, [this, job, progress](const ExportReport &r) {
        progress->dismiss();
        job->deleteLater();
        QString text = r.ok()
            ? tr("Exported %1 nodes to %2 in %3 ms.").arg(r.nodes).arg(r.file).arg(r.elapsedMs)
            : (r.cancelled ? tr("Export cancelled: no file was written.")
                           : tr("Export failed: %1. No file was written.").arg(r.error.message));
        if (r.ephemeralSkipped > 0)
            text += tr("\n%1 ephemeral nodes were listed, not exported.").arg(r.ephemeralSkipped);
        if (r.unreadable > 0)
            text += tr("\n%1 nodes could not be read (not authorised).").arg(r.unreadable);
        QMessageBox box(r.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("Export"),
                        text, QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    progress->show();
    job->start(path, file);
}
