#include "mainwindow.h"

#include "appcontroller.h"
#include "connectiontabs.h"
#include "connectionview.h"
#include "filemenu.h"
#include "helpmenu.h"
#include "profiles/profilelauncher.h"
#include "profiles/profileviewmemory.h"
#include "profiles/recentconnections.h"
#include "profiles/startpage.h"
#include "session/connectionbar.h"
#include "settings/preferencesdialog.h"
#include "tree/gotopathdialog.h"
#include "util/actionicons.h"
#include "util/displaytext.h"
#include "viewmenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kFontDeltaKey = u"view/fontSizeDelta"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(u"zkdesk"_s);
    m_tabs = new ConnectionTabs(this);
    m_startPage = new StartPage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    setupMenus();
    setupProfiles();
    connect(m_tabs, &ConnectionTabs::currentViewChanged, this, &MainWindow::onCurrentViewChanged);
    connect(m_tabs, &ConnectionTabs::moveToNewWindowRequested, this, &MainWindow::moveToNewWindow);
    m_fontDelta = QSettings().value(kFontDeltaKey, 0).toReal();
    stepFontSize(2); // applies the saved size (2: no step)
    restoreLayout();
    onCurrentViewChanged(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupMenus()
{
    m_fileMenu = new FileMenu(this);
    m_viewMenu = new ViewMenu([this] { return currentView(); }, this);
    m_emptyEdit = new QMenu(tr("&Edit"), this);
    m_emptyNode = new QMenu(tr("&Node"), this);
    m_emptyNode->setEnabled(false);
    // Preferences belongs to every Edit menu, also the one shown while no connection is open.
    m_preferences =
        new QAction(ActionIcons::icon(u"preferences-system"_s), tr("&Preferences…"), this);
    m_preferences->setObjectName(u"preferencesAction"_s);
    m_preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
                                + QList<QKeySequence>{QKeySequence(tr("Ctrl+,"))});
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    addAction(m_preferences);
    m_emptyEdit->addAction(m_preferences);
    menuBar()->addMenu(m_fileMenu);
    m_editSlot = menuBar()->addMenu(m_emptyEdit);
    menuBar()->addMenu(m_viewMenu);
    m_nodeSlot = menuBar()->addMenu(m_emptyNode);
    m_helpMenu = new HelpMenu(
        menuBar(), [this] { return currentView() ? currentView()->actions() : QList<QAction *>{}; },
        this);
    menuBar()->addMenu(m_helpMenu);

    connect(m_fileMenu, &FileMenu::newConnectionRequested, this, &MainWindow::newConnection);
    connect(m_fileMenu, &FileMenu::closeTabRequested, this,
            [this] { m_tabs->requestClose(m_tabs->currentIndex()); });
    connect(m_fileMenu, &FileMenu::quitRequested, qApp, &QApplication::closeAllWindows);
    connect(m_viewMenu, &ViewMenu::goToPathRequested, this, &MainWindow::goToPath);
    connect(m_viewMenu, &ViewMenu::fontSizeStepRequested, this, &MainWindow::stepFontSize);
    connect(m_viewMenu, &ViewMenu::fullScreenToggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
}

// Saved connections: File > Connections…, Open Recent, the start page, --profile.
void MainWindow::setupProfiles()
{
    m_profiles = new ProfileLauncher(this);
    connect(m_fileMenu, &FileMenu::connectionsRequested, m_profiles, &ProfileLauncher::openManager);
    connect(m_profiles, &ProfileLauncher::statusMessage, this, &MainWindow::showMessage);
    connect(m_profiles, &ProfileLauncher::connectRequested, this, &MainWindow::openProfile);
    connect(m_profiles, &ProfileLauncher::profilesChanged, this, [this] {
        forgetDeletedProfiles();
        m_startPage->showProfiles(m_profiles->profiles());
    });
    connect(m_startPage, &StartPage::profileActivated, this,
            [this](const QString &id) { m_profiles->launch(id); });
    connect(m_startPage, &StartPage::newConnectionRequested, this, &MainWindow::newConnection);
    connect(m_startPage, &StartPage::managerRequested, m_profiles, &ProfileLauncher::openManager);
    connect(m_startPage, &StartPage::sandboxRequested, this, [this] { startSandbox(); });
    m_fileMenu->setRecentProvider([this] {
        QList<FileMenu::RecentEntry> entries;
        for (const QString &id : RecentConnections::profileIds())
            if (const ConnectionProfile *p = m_profiles->profiles().find(id))
                entries.append(FileMenu::RecentEntry{DisplayText::shown(p->name),
                                                     [this, id] { m_profiles->launch(id); }});
        const QStringList adHoc = RecentConnections::adHocStrings();
        if (!entries.isEmpty() && !adHoc.isEmpty()) entries.append(FileMenu::RecentEntry{});
        for (const QString &text : adHoc)
            entries.append(FileMenu::RecentEntry{DisplayText::shown(text),
                                                 [this, text] { connectTo(text, false); }});
        return entries;
    });
    m_profiles->load();
    m_startPage->showProfiles(m_profiles->profiles());
}

// A profile deleted in the manager takes its recent entry and its remembered view with it.
void MainWindow::forgetDeletedProfiles()
{
    for (const QString &id : RecentConnections::profileIds()) {
        if (m_profiles->profiles().find(id)) continue;
        RecentConnections::forget(id);
        ProfileViewMemory::forget(id);
    }
}

ConnectionView *MainWindow::currentView() const { return m_tabs->currentView(); }

// The current tab while it has never connected (a fresh New Connection), else a new tab.
ConnectionView *MainWindow::blankOrNewView()
{
    ConnectionView *view = currentView();
    if (view && view->controller()->session()->state() == SessionState::Closed
        && view->controller()->connectionDisplayString().isEmpty())
        return view;
    view = m_tabs->addConnection();
    connect(view->controller(), &AppController::sandboxFailed, this, &MainWindow::sandboxFailed);
    if (!m_pendingPath.isEmpty()) view->setPendingPath(std::exchange(m_pendingPath, {}));
    return view;
}

ConnectionView *MainWindow::newConnection()
{
    ConnectionView *view = blankOrNewView();
    view->connectionBar()->setFocus(Qt::ShortcutFocusReason);
    return view;
}

ConnectionView *MainWindow::connectTo(const QString &text, bool readOnly)
{
    ConnectionView *view = blankOrNewView();
    view->connectTo(text, readOnly);
    return view;
}

bool MainWindow::launchProfile(const QString &nameOrId) { return m_profiles->launch(nameOrId); }

ConnectionView *MainWindow::startSandbox(SandboxFlavour::Kind kind)
{
    ConnectionView *view = blankOrNewView();
    view->controller()->startSandbox(kind);
    return view;
}

void MainWindow::openProfile(const ConnectionProfile &profile, const SessionOptions &options)
{
    ConnectionView *view = blankOrNewView();
    const SavedView saved = ProfileViewMemory::load(profile.id);
    if (!saved.isEmpty()) view->restoreView(saved);
    view->connectProfile(profile, options);
    RecentConnections::touch(profile.id);
    m_startPage->showProfiles(m_profiles->profiles());
}

void MainWindow::adoptTab(ConnectionView *view, AppController *controller)
{
    m_tabs->adopt(view, controller);
}

void MainWindow::onCurrentViewChanged(ConnectionView *view)
{
    m_stack->setCurrentWidget(view ? static_cast<QWidget *>(m_tabs) : m_startPage);
    if (!view) m_startPage->showProfiles(m_profiles->profiles());
    swapConnectionMenus(view);
    m_fileMenu->closeTabAction()->setEnabled(view != nullptr);
    m_viewMenu->goToPathAction()->setEnabled(view != nullptr);
    if (view) {
        disconnect(view, &ConnectionView::tabInfoChanged, this, &MainWindow::updateTitle);
        connect(view, &ConnectionView::tabInfoChanged, this, &MainWindow::updateTitle);
    }
    updateTitle();
}

// Edit and Node belong to the connection: the current tab's menus take their places.
void MainWindow::swapConnectionMenus(ConnectionView *view)
{
    QMenu *edit = view ? view->editMenu() : m_emptyEdit;
    if (!edit->actions().contains(m_preferences)) {
        edit->addSeparator();
        edit->addAction(m_preferences);
    }
    QMenu *node = view ? view->nodeMenu() : m_emptyNode;
    if (m_editSlot->menu() != edit) {
        QAction *slot = menuBar()->insertMenu(m_editSlot, edit);
        menuBar()->removeAction(m_editSlot);
        m_editSlot = slot;
    }
    if (m_nodeSlot->menu() != node) {
        QAction *slot = menuBar()->insertMenu(m_nodeSlot, node);
        menuBar()->removeAction(m_nodeSlot);
        m_nodeSlot = slot;
    }
}

void MainWindow::updateTitle()
{
    const ConnectionView *view = currentView(); // a background tab's change shows nothing here
    setWindowTitle(view ? u"%1 — zkdesk"_s.arg(DisplayText::shown(view->title())) : u"zkdesk"_s);
}

void MainWindow::showMessage(const StatusMessage &message)
{
    // Profile messages (keychain, damaged file) belong to the window, whichever tab is shown.
    m_startMessage = message.text;
    statusBar()->showMessage(message.text, message.isError() ? 0 : 8000);
}

void MainWindow::showPreferences()
{
    auto *dialog = findChild<PreferencesDialog *>();
    if (!dialog) {
        dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::goToPath()
{
    ConnectionView *view = currentView();
    if (!view || !view->controller()->session()->isConnected()) {
        showMessage(StatusMessage::error(tr("Go to Path needs a connected tab.")));
        return;
    }
    auto *dialog = new GoToPathDialog(view->controller()->session(), view->currentPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoToPathDialog::pathChosen, view, &ConnectionView::selectPath);
    dialog->open();
}

// step: +1 / -1 point, 0 back to the system size, anything else re-applies the saved size.
void MainWindow::stepFontSize(int step)
{
    if (step == 0)
        m_fontDelta = 0;
    else if (step == 1 || step == -1)
        m_fontDelta = qBound(-6.0, m_fontDelta + step, 16.0);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() + m_fontDelta);
    m_tabs->setFont(font);
    QSettings().setValue(kFontDeltaKey, m_fontDelta);
}

void MainWindow::moveToNewWindow(ConnectionView *view)
{
    AppController *controller = m_tabs->release(view);
    if (!controller) return;
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->adoptTab(view, controller);
    window->show();
}

void MainWindow::restoreLayout()
{
    if (restoreGeometry(QSettings().value(kGeometryKey).toByteArray())) return;
    const QSize avail = screen() ? screen()->availableSize() : QSize(1400, 900);
    resize(qMin(1280, avail.width() * 9 / 10), qMin(800, avail.height() * 9 / 10));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tabs->count() > 0) {
        const QList<ConnectionView *> views = m_tabs->views();
        if (std::any_of(views.begin(), views.end(),
                        [](const ConnectionView *view) { return view->hasUnsavedEdits(); })) {
            // One question per tab with unsaved edits; the window closes once none is left.
            event->ignore();
            m_tabs->requestCloseAll([this] { close(); });
            return;
        }
        m_tabs->rememberViews();
    }
    QSettings().setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}
