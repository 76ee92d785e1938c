#include "operations/treeactions.h"

#include "util/actionicons.h"

#include "acl/aclpickerdialog.h"
#include "appcontroller.h"
#include "connectionview.h"
#include "jobs/createnodetask.h"
#include "operations/createnodedialog.h"
#include "operations/deleteflow.h"
#include "operations/transferflow.h"
#include "transfer/transferactions.h"
#include "tree/znodetreemodel.h"
#include "util/servertext.h"
#include "zk/zkpath.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// The server's own subtree: it refuses to delete or replace it, so the actions say so first.
bool isSystemPath(const QString &path)
{
    return path == u"/zookeeper"_s || path.startsWith(u"/zookeeper/"_s);
}
} // namespace

TreeActions::TreeActions(AppController *controller, ConnectionView *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{
    ZkSession *session = controller->session();
    m_createTask = new CreateNodeTask(session, this);
    m_deleteFlow = new DeleteFlow(session, window, this);
    m_transferFlow = new TransferFlow(session, window, this);
    m_dataTransfer = new TransferActions(
        session, window, [window] { return window->currentPath(); }, this);
    createActions();
    buildMenu();
    connectFlows();

    QTreeView *tree = m_window->treeView();
    connect(controller, &AppController::sessionStateChanged, this, &TreeActions::updateEnabled);
    connect(tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TreeActions::updateEnabled);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TreeActions::updateEnabled);
    updateEnabled();
}

void TreeActions::createActions()
{
    QTreeView *tree = m_window->treeView();

    m_create = new QAction(ActionIcons::icon(u"list-add"_s), tr("&Create node…"), this);
    m_create->setObjectName(u"createNodeAction"_s);
    m_create->setShortcut(QKeySequence::New);
    m_create->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(m_create);

    // Del and F2 only while the tree has the focus: in the data editor they edit text.
    m_delete = new QAction(ActionIcons::icon(u"edit-delete"_s), tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteNodeAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tree->addAction(m_delete);

    m_rename = new QAction(ActionIcons::icon(u"edit-rename"_s), tr("&Rename…"), this);
    m_rename->setObjectName(u"renameNodeAction"_s);
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tree->addAction(m_rename);

    m_copyTo = new QAction(ActionIcons::icon(u"edit-copy"_s), tr("Cop&y to…"), this);
    m_copyTo->setObjectName(u"copyToAction"_s);
    m_moveTo = new QAction(ActionIcons::icon(u"go-next"_s), tr("&Move to…"), this);
    m_moveTo->setObjectName(u"moveToAction"_s);

    connect(m_create, &QAction::triggered, this, &TreeActions::openCreateDialog);
    connect(m_delete, &QAction::triggered, this, &TreeActions::deleteSelected);
    connect(m_rename, &QAction::triggered, this,
            [this] { startTransfer(int(TransferFlow::Kind::Rename)); });
    connect(m_copyTo, &QAction::triggered, this,
            [this] { startTransfer(int(TransferFlow::Kind::Copy)); });
    connect(m_moveTo, &QAction::triggered, this,
            [this] { startTransfer(int(TransferFlow::Kind::Move)); });
}

void TreeActions::buildMenu()
{
    m_menu = new QMenu(tr("&Node"), m_window);
    m_menu->setObjectName(u"nodeMenu"_s);
    m_menu->addAction(m_create);
    m_menu->addAction(m_rename);
    m_menu->addAction(m_copyTo);
    m_menu->addAction(m_moveTo);
    m_menu->addAction(m_delete);
    m_menu->addSeparator();
    m_dataTransfer->addTo(m_menu);
    m_menu->addSeparator();
    m_menu->addAction(m_window->refreshAction());
    m_menu->addAction(m_window->copyPathAction());
}

void TreeActions::connectFlows()
{
    connect(m_createTask, &CreateNodeTask::finished, this, &TreeActions::onCreated);
    connect(m_deleteFlow, &DeleteFlow::statusMessage, this, &TreeActions::statusMessage);
    connect(m_transferFlow, &TransferFlow::statusMessage, this, &TreeActions::statusMessage);
    connect(m_deleteFlow, &DeleteFlow::runningChanged, this, &TreeActions::updateEnabled);
    connect(m_transferFlow, &TransferFlow::runningChanged, this, &TreeActions::updateEnabled);
    connect(m_deleteFlow, &DeleteFlow::finished, this,
            [this](const QStringList &roots, const DeleteReport &) {
                QStringList parents;
                for (const QString &root : roots) {
                    const QString parent = ZkPath::parent(root);
                    if (!parents.contains(parent)) parents << parent;
                }
                for (const QString &parent : parents) refreshPath(parent);
                if (!parents.isEmpty()) m_window->selectPath(parents.first());
            });
    connect(m_deleteFlow, &DeleteFlow::reloadRequested, this, [this](const QString &path) {
        refreshPath(ZkPath::parent(path));
        if (m_window->currentPath() == path)
            m_window->refreshAction()->trigger();
        else
            m_window->selectPath(path);
    });
    connect(m_transferFlow, &TransferFlow::finished, this, [this](const CopyReport &report) {
        const QString sourceParent = ZkPath::parent(report.source);
        const QString destinationParent = ZkPath::parent(report.destination);
        refreshPath(sourceParent);
        if (destinationParent != sourceParent) refreshPath(destinationParent);
        m_window->selectPath(report.created > 0 ? report.destination : report.source);
    });
}

TreeActions::~TreeActions() = default;

QList<QAction *> TreeActions::writeActions() const
{
    return {m_create, m_delete, m_rename, m_copyTo, m_moveTo};
}

void TreeActions::addToContextMenu(QMenu *menu) const
{
    menu->addAction(m_create);
    menu->addAction(m_rename);
    menu->addAction(m_copyTo);
    menu->addAction(m_moveTo);
    menu->addAction(m_delete);
    menu->addSeparator();
    m_dataTransfer->addTo(menu);
    menu->addSeparator();
}

QStringList TreeActions::selectedRoots() const
{
    QTreeView *tree = m_window->treeView();
    QStringList paths;
    for (const QModelIndex &index : tree->selectionModel()->selectedRows(0))
        paths << index.data(ZNodeTreeModel::PathRole).toString();
    if (paths.isEmpty() && tree->currentIndex().isValid())
        paths << tree->currentIndex().data(ZNodeTreeModel::PathRole).toString();
    // Shallow first, so a kept ancestor is known before its descendants are looked at.
    std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
        const int da = ZkPath::depth(a), db = ZkPath::depth(b);
        return da != db ? da < db : a < b;
    });
    QSet<QString> kept;
    QStringList roots;
    for (const QString &path : std::as_const(paths)) {
        bool inside = kept.contains(path);
        for (QString p = ZkPath::parent(path); !inside && !p.isEmpty(); p = ZkPath::parent(p))
            inside = kept.contains(p);
        if (inside) continue;
        kept.insert(path);
        roots << path;
    }
    return roots;
}

bool TreeActions::isWritable() const
{
    const ZkSession *session = m_controller->session();
    return session->state() == SessionState::Connected && !session->options().readOnly;
}

bool TreeActions::isBusy() const
{
    return m_deleteFlow->isRunning() || m_transferFlow->isRunning() || m_createTask->isRunning();
}

void TreeActions::updateEnabled()
{
    const bool writable = isWritable() && !isBusy();
    const QStringList roots = selectedRoots();
    bool deletable = !roots.isEmpty();
    for (const QString &root : roots)
        deletable = deletable && root != u"/"_s && !isSystemPath(root);
    const bool single = roots.size() == 1;
    const bool movable = single && roots.first() != u"/"_s && !isSystemPath(roots.first());
    m_create->setEnabled(writable);
    m_delete->setEnabled(writable && deletable);
    m_rename->setEnabled(writable && movable);
    m_moveTo->setEnabled(writable && movable);
    m_copyTo->setEnabled(writable && single && roots.first() != u"/"_s);
    const QString why =
        m_controller->session()->options().readOnly ? tr("Read-only connection") : QString();
    for (QAction *action : writeActions()) action->setStatusTip(why);
}

void TreeActions::openCreateDialog()
{
    if (!isWritable()) return;
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateNodeDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString current = m_window->currentPath();
    dialog->setParentPath(current.isEmpty() ? u"/"_s : current);
    connect(dialog, &CreateNodeDialog::createRequested, this, &TreeActions::onCreateRequested);
    AclPickerDialog::attach(dialog, m_controller->session()); // "Custom…": the ACL editor
    m_createDialog = dialog;
    dialog->open();
    dialog->nameEdit()->setFocus();
}

void TreeActions::onCreateRequested(const CreateNodeRequest &request)
{
    if (!isWritable()) {
        if (m_createDialog)
            m_createDialog->showError(tr("The connection is read-only or not connected."));
        return;
    }
    if (m_createTask->isRunning()) return;
    if (m_createDialog) m_createDialog->setBusy(true);
    m_createTask->start(request);
    updateEnabled();
}

void TreeActions::onCreated(const CreateReply &reply, const QStringList &createdParents)
{
    updateEnabled();
    if (m_createDialog) m_createDialog->setBusy(false);
    if (reply.error) {
        if (m_createDialog) m_createDialog->showError(reply.error.message);
        emit statusMessage(StatusMessage::error(
            tr("Could not create %1: %2").arg(ServerText::path(reply.path), reply.error.message)));
        return;
    }
    if (m_createDialog) m_createDialog->accept();
    emit statusMessage(StatusMessage::info(
        createdParents.isEmpty() ? tr("Created %1").arg(ServerText::path(reply.createdPath))
                                 : tr("Created %1 and its parents %2")
                                       .arg(ServerText::path(reply.createdPath),
                                            ServerText::path(createdParents.join(u", "_s)))));
    // loadPath() lists a loaded parent again when the new name is not in it yet.
    m_window->selectPath(reply.createdPath);
}

void TreeActions::deleteSelected()
{
    if (!m_delete->isEnabled()) return;
    const QStringList roots = selectedRoots();
    std::optional<ZkStat> stat;
    if (roots.size() == 1) {
        ZNodeTreeModel *model = m_controller->model();
        stat = model->statFor(model->indexForPath(roots.first()));
    }
    m_deleteFlow->start(roots, stat);
}

void TreeActions::startTransfer(int kind)
{
    const QStringList roots = selectedRoots();
    if (roots.size() != 1 || !isWritable()) return;
    m_transferFlow->start(TransferFlow::Kind(kind), roots.first());
}

void TreeActions::refreshPath(const QString &path)
{
    ZNodeTreeModel *model = m_controller->model();
    const QModelIndex index = model->indexForPath(path);
    if (index.isValid()) model->refresh(index);
}
