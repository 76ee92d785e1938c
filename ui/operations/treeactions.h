#pragma once

#include "util/statusmessage.h"

#include "operations/createnodedialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class AppController;
class CreateNodeTask;
class DeleteFlow;
class ConnectionView;
class QAction;
class QMenu;
class TransferActions;
class TransferFlow;
struct CreateNodeRequest;
struct CreateReply;

/// The write actions on the tree - create, delete, rename, copy to, move to - with their
/// shortcuts, enablement, the Node menu and the tree's context menu entries. ConnectionView
/// installs it with a few lines; the dialogs and the long-running work live in CreateNodeDialog,
/// DeleteFlow and TransferFlow.
///
/// Every write action is disabled while the connection is read-only (zkdesk's read-only option
/// or a read-only server), while not connected, and while another write flow is running (the
/// core would refuse the writes anyway; disabled actions just say so earlier).
class TreeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeActions)

public:
    TreeActions(AppController *controller, ConnectionView *window);
    ~TreeActions() override;

    QAction *createAction() const { return m_create; }
    QAction *deleteAction() const { return m_delete; }
    QAction *renameAction() const { return m_rename; }
    QAction *copyToAction() const { return m_copyTo; }
    QAction *moveToAction() const { return m_moveTo; }
    /// Every action that writes to ZooKeeper.
    QList<QAction *> writeActions() const;
    /// "&Node": the write actions, then Refresh and Copy path.
    QMenu *nodeMenu() const { return m_menu; }
    /// Adds the write actions (and a separator) to a context menu.
    void addToContextMenu(QMenu *menu) const;

    /// The selected paths, without those inside another selected subtree; the current node
    /// when nothing is selected.
    QStringList selectedRoots() const;

    CreateNodeDialog *createDialog() const { return m_createDialog; }
    DeleteFlow *deleteFlow() const { return m_deleteFlow; }
    TransferFlow *transferFlow() const { return m_transferFlow; }

signals:
    void statusMessage(const StatusMessage &message);

private:
    void createActions();
    void buildMenu();
    void connectFlows();
    void updateEnabled();
    bool isWritable() const;
    bool isBusy() const;
    void openCreateDialog();
    void onCreateRequested(const CreateNodeRequest &request);
    void onCreated(const CreateReply &reply, const QStringList &createdParents);
    void deleteSelected();
    void startTransfer(int kind);
    void refreshPath(const QString &path);

    AppController *m_controller = nullptr; // Not owned.
    ConnectionView *m_window = nullptr;    // Not owned (our parent).
    QAction *m_create = nullptr;           // Owned (QObject children), all actions.
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_copyTo = nullptr;
    QAction *m_moveTo = nullptr;
    TransferActions *m_dataTransfer = nullptr; // Owned (child QObject).
    QMenu *m_menu = nullptr;                // Owned (deleted in the destructor).
    CreateNodeTask *m_createTask = nullptr; // Owned (QObject child).
    DeleteFlow *m_deleteFlow = nullptr;     // Owned (QObject child).
    TransferFlow *m_transferFlow = nullptr; // Owned (QObject child).
    QPointer<CreateNodeDialog> m_createDialog;
};
