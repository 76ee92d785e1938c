#pragma once

#include "util/statusmessage.h"
#include "zk/zksession.h"

#include <QMainWindow>

class AppController;
class ConnectionBar;
class EditMenu;
class EnvironmentBand;
class ProfileLauncher;
class MainStatusBar;
class NodePanel;
class QAction;
class QMenu;
class QModelIndex;
class QSplitter;
class QTreeView;
class TreeActions;
class TreeFilterBar;
class UnsavedEditGuard;
class WatchLogDock;
class ZNodeDecorationProxy;
class ZNodeTreeView;

/// The main window: connection bar, the lazy znode tree and the node panel, with the watch log
/// and search docks. A view over an AppController, which holds the session and the model; it
/// puts the parts together and routes the selection between them.
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
    /// Connects through the saved profile named (or with the id) `nameOrId` (--profile).
    bool launchProfile(const QString &nameOrId);
    /// The saved connections of this window (File > Connections…).
    ProfileLauncher *profileLauncher() const { return m_profiles; }
    EnvironmentBand *environmentBand() const { return m_band; }

    ConnectionBar *connectionBar() const { return m_connectionBar; }
    QTreeView *treeView() const;
    NodePanel *nodePanel() const { return m_panel; }
    QAction *copyPathAction() const { return m_copyPath; }
    WatchLogDock *watchLogDock() const { return m_watchLog; }
    QAction *refreshAction() const { return m_refresh; }
    /// Create, delete, rename, copy and move on the tree (the Node menu).
    TreeActions *treeActions() const { return m_treeActions; }
    /// Save, Revert, Set null/empty, Undo/Redo Save, Find, Search, Filter.
    QMenu *editMenu() const;
    /// The error/info line of the status bar.
    QString statusMessage() const;
    /// Path of the current tree node, empty if none.
    QString currentPath() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildTreeBox();
    void setupTree();
    void setupActions();
    void setupEditMenu();
    void setupDocks(TreeFilterBar *filterBar);
    void setupProfiles();
    void connectController();
    void restoreLayout();
    void onSessionStateChanged(SessionState state);
    void onTreeReady();
    void onCurrentChanged(const QModelIndex &current);
    void showTreeContextMenu(const QPoint &pos);
    void showMessage(const StatusMessage &message);
    void refreshCurrent();

    AppController *m_controller = nullptr;
    ConnectionBar *m_connectionBar = nullptr;
    QSplitter *m_splitter = nullptr;
    ZNodeTreeView *m_tree = nullptr;
    ZNodeDecorationProxy *m_proxy = nullptr;
    WatchLogDock *m_watchLog = nullptr;
    NodePanel *m_panel = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_refresh = nullptr;
    TreeActions *m_treeActions = nullptr;
    EditMenu *m_editMenu = nullptr;
    MainStatusBar *m_statusBar = nullptr;
    UnsavedEditGuard *m_guard = nullptr;
    QString m_pendingPath = QStringLiteral("/");
    ProfileLauncher *m_profiles = nullptr;
    EnvironmentBand *m_band = nullptr;
    QString m_profileName; ///< the saved connection in use, empty for an ad-hoc one
};
