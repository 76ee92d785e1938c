#pragma once

#include "zk/zksession.h"

#include <QMainWindow>

class AppController;
class ConnectionBar;
class NodePanel;
class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QSplitter;
class QTreeView;
class TreeActions;
class WatchLogDock;
class ZNodeDecorationProxy;

/// The main window: connection bar, the lazy znode tree and the node panel. A view over an
/// AppController (not owned), which holds the session and the model.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Puts `text` in the connection bar and connects exactly as the Connect button does.
    void connectTo(const QString &text, bool readOnly);
    /// The node to select once the tree is ready (default "/"); loads and expands its parents.
    void setPendingPath(const QString &path);
    /// Loads `path` through the model, expands its parents and selects it.
    void selectPath(const QString &path);

    ConnectionBar *connectionBar() const { return m_connectionBar; }
    QTreeView *treeView() const { return m_tree; }
    NodePanel *nodePanel() const { return m_panel; }
    QAction *copyPathAction() const { return m_copyPath; }
    WatchLogDock *watchLogDock() const { return m_watchLog; }
    QAction *refreshAction() const { return m_refresh; }
    /// Create, delete, rename, copy and move on the tree (the Node menu).
    TreeActions *treeActions() const { return m_treeActions; }
    /// Save, Revert, Set null/empty, Undo/Redo Save (mainwindowedit.cpp).
    QMenu *editMenu() const { return m_editMenu; }
    /// The error/info line of the status bar.
    QString statusMessage() const;
    /// Path of the current tree node, empty if none.
    QString currentPath() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupTree();
    void setupActions();
    void setupStatusBar();
    // mainwindowedit.cpp: the data editor's window-level parts.
    void setupEditMenu();
    /// True when the switch to `current` is held back because of unsaved edits.
    bool guardNodeSwitch(const QModelIndex &current, const QModelIndex &previous);
    /// False (event ignored, question asked) while there are unsaved edits.
    bool confirmClose(QCloseEvent *event);
    void onSessionStateChanged(SessionState state);
    void onTreeReady();
    void onCurrentChanged(const QModelIndex &current);
    void showTreeContextMenu(const QPoint &pos);
    void showMessage(const QString &text, bool error);
    void refreshCurrent();
    void fitNameColumn();

    AppController *m_controller = nullptr;       // Not owned.
    ConnectionBar *m_connectionBar = nullptr;    // Owned by the widget tree.
    QSplitter *m_splitter = nullptr;             // Owned by the widget tree.
    QTreeView *m_tree = nullptr;                 // Owned by the widget tree.
    ZNodeDecorationProxy *m_proxy = nullptr;     // Owned (QObject child).
    WatchLogDock *m_watchLog = nullptr;          // Owned by the widget tree.
    NodePanel *m_panel = nullptr;                // Owned by the widget tree.
    QAction *m_copyPath = nullptr;
    QAction *m_refresh = nullptr;
    TreeActions *m_treeActions = nullptr;        // Owned (QObject child).
    QMenu *m_editMenu = nullptr;                 // Owned by the menu bar.
    bool m_revertingSelection = false; // guardNodeSwitch() is putting the edited node back
    bool m_closeConfirmed = false;     // the user answered the unsaved-changes question
    QLabel *m_messageLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QString m_pendingPath = QStringLiteral("/");
};
