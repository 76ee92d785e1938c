#pragma once

#include "sandbox/sandboxflavour.h"

#include "util/statusmessage.h"

#include <QMainWindow>

class AppController;
class ConnectionTabs;
class ConnectionView;
class FileMenu;
class HelpMenu;
class ProfileLauncher;
class QStackedWidget;
class StartPage;
class ViewMenu;
struct ConnectionProfile;
struct SessionOptions;

/// The application window: File, Edit, View, Node and Help menus over one tab per connection
/// (ConnectionTabs), or the start page when none is open. Edit and Node are the current tab's
/// own menus, swapped in when the tab changes. Saved connections open in a new tab (or in the
/// current one while it is still unconnected) with their last view restored.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Edit > Preferences (in every tab's Edit menu and in the one shown without a tab).
    QAction *preferencesAction() const { return m_preferences; }
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionTabs *tabs() const { return m_tabs; }
    ConnectionView *currentView() const;
    StartPage *startPage() const { return m_startPage; }
    ProfileLauncher *profileLauncher() const { return m_profiles; }
    FileMenu *fileMenu() const { return m_fileMenu; }
    ViewMenu *viewMenu() const { return m_viewMenu; }
    HelpMenu *helpMenu() const { return m_helpMenu; }

    /// A new, unconnected tab (File > New Connection), its connection field focused.
    ConnectionView *newConnection();
    /// Connects to an ad-hoc connection string in the current unconnected tab or a new one.
    ConnectionView *connectTo(const QString &text, bool readOnly);
    /// Connects through the saved connection named (or with the id) `nameOrId`. False, with a
    /// status message, when there is none.
    bool launchProfile(const QString &nameOrId);
    /// A tab on a local sandbox server with demo data; `failed` gets the reason if it fails.
    ConnectionView *startSandbox(SandboxFlavour::Kind kind = SandboxFlavour::Kind::Plain);
    /// The node the next connection selects once its tree is ready (--profile NAME PATH).
    void setPendingPath(const QString &path) { m_pendingPath = path; }
    /// Takes a tab from another window (Move to New Window).
    void adoptTab(ConnectionView *view, AppController *controller);
    /// The last status message shown while no tab was there to show it (start page).
    QString startMessage() const { return m_startMessage; }

signals:
    void sandboxFailed(const QString &reason);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupMenus();
    void setupProfiles();
    void forgetDeletedProfiles();
    ConnectionView *blankOrNewView();
    void openProfile(const ConnectionProfile &profile, const SessionOptions &options);
    void onCurrentViewChanged(ConnectionView *view);
    void swapConnectionMenus(ConnectionView *view);
    void updateTitle();
    void showMessage(const StatusMessage &message);
    void goToPath();
    void showPreferences();
    void stepFontSize(int step);
    void moveToNewWindow(ConnectionView *view);
    void restoreLayout();

    ConnectionTabs *m_tabs = nullptr;
    StartPage *m_startPage = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProfileLauncher *m_profiles = nullptr;
    FileMenu *m_fileMenu = nullptr;
    ViewMenu *m_viewMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QAction *m_editSlot = nullptr;    ///< the menu bar entry of the current tab's Edit menu
    QAction *m_nodeSlot = nullptr;    ///< ... and of its Node menu
    QMenu *m_emptyEdit = nullptr;     ///< shown while no tab is open: only Preferences
    QAction *m_preferences = nullptr; ///< Edit > Preferences, in every tab's Edit menu
    QMenu *m_emptyNode = nullptr;
    QString m_pendingPath;
    QString m_startMessage;
    qreal m_fontDelta = 0;
};
