#pragma once

#include "profiles/profileviewmemory.h"
#include "util/statusmessage.h"
#include "zk/zksession.h"

#include <QMainWindow>

#include <functional>

class AppController;
class ConnectionBar;
struct ConnectionProfile;
class EditMenu;
class EnvironmentBand;
class MainStatusBar;
class NodePanel;
class QAction;
class QDockWidget;
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

/// One connection: connection bar, the lazy znode tree and the node panel, with the watch log
/// and search docks. A view over an AppController, which holds the session and the model; it
/// puts the parts together and routes the selection between them. MainWindow shows one per tab
/// (a QMainWindow so each connection keeps its own docks); its Edit and Node menus go into the
/// window's menu bar while its tab is current.
class ConnectionView final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionView)

public:
    explicit ConnectionView(AppController *controller, QWidget *parent = nullptr);
    ~ConnectionView() override;

    /// Puts `text` in the connection bar and connects exactly as the Connect button does.
    void connectTo(const QString &text, bool readOnly);
    /// The node to select once the tree is ready (default "/"); loads and expands its parents.
    void setPendingPath(const QString &path);
    /// Loads `path` through the model, expands its parents and selects it.
    void selectPath(const QString &path);
    /// Opens a session for the saved `profile` with `options` (its credentials looked up),
    /// after asking about unsaved edits; shows its environment band.
    void connectProfile(const ConnectionProfile &profile, const SessionOptions &options);
    EnvironmentBand *environmentBand() const { return m_band; }
    AppController *controller() const { return m_controller; }
    /// The saved connection in use (empty id for an ad-hoc one).
    QString profileId() const { return m_profileId; }
    /// What the tab says: the profile's name, else the connection string, else "New connection".
    QString title() const;
    /// The environment colour ("#rrggbb"), empty without one.
    QString environmentColor() const { return m_environmentColor; }
    /// Asks about unsaved edits (window-modal); `close` runs once they are saved or discarded.
    /// True when nothing needs asking.
    bool readyToClose(const std::function<void()> &close);
    bool hasUnsavedEdits() const;
    /// The view as it is now (to remember for the profile).
    SavedView savedView() const;
    /// Puts back a view left earlier: widths and split now, expanded nodes and the selection
    /// when the next session connects.
    void restoreView(const SavedView &view);

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
    /// Create, rename, copy, move, delete, refresh, copy path.
    QMenu *nodeMenu() const;
    /// The watch log and search docks (View menu).
    QList<QDockWidget *> docks() const;
    /// The error/info line of the status bar.
    QString statusMessage() const;
    /// Path of the current tree node, empty if none.
    QString currentPath() const;

signals:
    /// The title, colour or session state changed: the tab repaints.
    void tabInfoChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildTreeBox();
    void setupTree();
    void setupActions();
    void setupEditMenu();
    void setupDocks(TreeFilterBar *filterBar);
    void setupEnvironmentBand();
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
    EnvironmentBand *m_band = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QList<QDockWidget *> m_extraDocks; ///< console, quota, ... (View > Docks)
    QString m_profileName; ///< the saved connection in use, empty for an ad-hoc one
    QString m_profileId;
    QString m_environmentColor;
    bool m_restoringSelection = false; ///< restoreView() brought a selection for the next connect
};
