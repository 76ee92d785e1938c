#include "connectionview.h"

#include "util/actionicons.h"

#include "appcontroller.h"
#include "console/consoledock.h"
#include "dashboard/dashboarddock.h"
#include "editmenu.h"
#include "mainstatusbar.h"
#include "node/nodepanel.h"
#include "node/savehistory.h"
#include "operations/treeactions.h"
#include "profiles/environmentband.h"
#include "quota/quotadock.h"
#include "search/searchpanel.h"
#include "session/connectionbar.h"
#include "session/sessionnotices.h"
#include "transfer/connectiondrophandler.h"
#include "tree/expandarrowrefresher.h"
#include "tree/livetreebinder.h"
#include "tree/treefilterbar.h"
#include "tree/znodedecorationproxy.h"
#include "tree/znodetreemodel.h"
#include "tree/znodetreeview.h"
#include "unsavededitguard.h"
#include "util/servertext.h"
#include "watchlog/watchlogdock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionView::ConnectionView(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setWindowTitle(u"zkdesk"_s);
    m_connectionBar = new ConnectionBar(this);
    auto *toolbar = addToolBar(tr("Connection"));
    toolbar->setObjectName(u"connectionToolBar"_s);
    toolbar->setMovable(false);
    toolbar->addWidget(m_connectionBar);

    m_panel = new NodePanel(controller->session(), this);
    m_statusBar = new MainStatusBar(controller->session(), this);
    setStatusBar(m_statusBar);
    setupTree();
    setupActions();
    setupEditMenu();
    setupEnvironmentBand();
    m_treeActions = new TreeActions(controller, this);
    connect(m_treeActions, &TreeActions::statusMessage, this, &ConnectionView::showMessage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(buildTreeBox());
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_band);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // Live tree (watches on expanded nodes).
    new LiveTreeBinder(m_tree, m_proxy, controller->model(), this);
    new ExpandArrowRefresher(m_tree);
    connectController();
    restoreLayout();
    onSessionStateChanged(SessionState::Closed);
}

ConnectionView::~ConnectionView() = default;

// Above the tree: session notices and the quick filter.
QWidget *ConnectionView::buildTreeBox()
{
    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *notices = new SessionNotices(m_controller, treeBox);
    auto *filterBar = new TreeFilterBar(m_tree, m_proxy, treeBox);
    treeLayout->addWidget(notices);
    treeLayout->addWidget(filterBar);
    treeLayout->addWidget(m_tree, 1);
    statusBar()->insertPermanentWidget(1, notices->statusLabel()); // after the message
    connect(notices, &SessionNotices::statusMessage, this, &ConnectionView::showMessage);
    setupDocks(filterBar);
    return treeBox;
}

// The watch log and, tabbed with it, the search dock (Ctrl+Shift+F).
void ConnectionView::setupDocks(TreeFilterBar *filterBar)
{
    auto *search = new SearchPanel(m_controller->session(), this);
    search->setCurrentPathProvider([this] { return currentPath(); });
    connect(search, &SearchPanel::pathActivated, this, [this, filterBar](const QString &path) {
        filterBar->clear(); // a result hidden by the filter could not be selected
        selectPath(path);
    });
    for (QAction *action : {search->openAction(), filterBar->focusAction()}) {
        addAction(action);
        m_editMenu->addAction(action);
    }
    m_watchLog = new WatchLogDock(m_controller->session(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_watchLog);
    addDockWidget(Qt::BottomDockWidgetArea, search);
    m_searchDock = search;
    tabifyDockWidget(m_watchLog, search);
    search->hide();
    // Issue 14: the zkCli console and the quota of the selected node, tabbed with the log
    // (View > Docks shows and hides them).
    auto *console = new ConsoleDock(m_controller->session(), this);
    console->setHistoryKeyProvider(
        [this] { return m_profileName.isEmpty() ? m_connectionBar->text() : m_profileName; });
    auto *quota = new QuotaDock(m_controller->session(), m_tree, this);
    connect(quota, &QuotaDock::statusMessage, this, &ConnectionView::showMessage);
    auto *dashboard = new DashboardDock(m_controller->session(), this); // polls only while shown
    for (QDockWidget *dock : std::initializer_list<QDockWidget *>{console, quota, dashboard}) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_watchLog, dock);
        m_extraDocks.append(dock);
    }
    m_watchLog->raise(); // the last dock tabified would be the one shown first
}

// A saved connection's environment band, and its unlock of writes for this session.
void ConnectionView::setupEnvironmentBand()
{
    m_band = new EnvironmentBand(this);
    connect(m_band, &EnvironmentBand::writesUnlockRequested, this, [this] {
        m_controller->setWritesUnlocked();
        m_connectionBar->setReadOnly(false);
        m_panel->setReadOnly(false);
        m_band->setWritesUnlocked();
        showMessage(StatusMessage::info(
            tr("Writes unlocked on %1 for this session.").arg(DisplayText::shown(m_profileName))));
        emit tabInfoChanged();
    });
}

void ConnectionView::connectProfile(const ConnectionProfile &profile, const SessionOptions &options)
{
    m_guard->beforeDisconnect([this, profile, options] {
        m_connectionBar->setText(profile.connectString);
        m_connectionBar->setReadOnly(options.readOnly);
        // The profile's start path, unless its last view is being restored with a selection.
        const bool restoring = std::exchange(m_restoringSelection, false);
        if (!profile.startPath.isEmpty() && !restoring && m_pendingPath == u"/"_s)
            setPendingPath(profile.startPath);
        if (const ZkError error = m_controller->connectWith(options)) {
            showMessage(StatusMessage::error(error.message));
            return;
        }
        m_profileName = profile.name;
        findChild<DashboardDock *>()->setAdminPort(profile.adminPort);
        m_profileId = profile.id;
        m_environmentColor = profile.effectiveColor();
        m_band->showProfile(profile, options.readOnly);
        emit tabInfoChanged();
    });
}

bool ConnectionView::hasUnsavedEdits() const { return m_panel->isDirty(); }

SavedView ConnectionView::savedView() const
{
    SavedView view;
    const ZNodeTreeModel *model = m_controller->model();
    view.expanded = model->expandedPaths();
    view.selected = currentPath();
    view.treeHeader = m_tree->header()->saveState();
    view.splitter = m_splitter->saveState();
    return view;
}

void ConnectionView::restoreView(const SavedView &view)
{
    if (!view.treeHeader.isEmpty()) m_tree->header()->restoreState(view.treeHeader);
    if (!view.splitter.isEmpty()) m_splitter->restoreState(view.splitter);
    m_controller->setViewToRestore(view.expanded, view.selected);
    m_restoringSelection = !view.selected.isEmpty();
}

QString ConnectionView::title() const
{
    if (!m_profileName.isEmpty()) return m_profileName;
    const QString display = m_controller->connectionDisplayString();
    return display.isEmpty() ? tr("New connection") : display;
}

bool ConnectionView::readyToClose(const std::function<void()> &close)
{
    QCloseEvent event;
    return m_guard->allowClose(&event, close);
}

void ConnectionView::connectController()
{
    connect(m_connectionBar, &ConnectionBar::connectRequested, this,
            [this](const QString &text, bool readOnly) {
                m_band->clear(); // an ad-hoc connection: no profile, no environment
                m_profileName.clear();
                m_profileId.clear();
                m_environmentColor.clear();
                m_controller->setAuth(m_connectionBar->authEntries());
                const ZkError error = m_controller->connectTo(text, readOnly);
                if (error)
                    showMessage(StatusMessage::error(error.message));
                else
                    m_connectionBar->remember(text);
            });
    // Unsaved edits go with the session: ask first (save / discard / cancel).
    connect(m_connectionBar, &ConnectionBar::disconnectRequested, this, [this] {
        m_guard->beforeDisconnect([this] { m_controller->disconnectFromServer(); });
    });
    connect(m_controller, &AppController::sessionStateChanged, this,
            &ConnectionView::onSessionStateChanged);
    connect(m_controller, &AppController::treeReady, this, &ConnectionView::onTreeReady);
    connect(m_controller, &AppController::statusMessage, this, &ConnectionView::showMessage);
    connect(m_controller, &AppController::sandboxConnectString, m_connectionBar,
            &ConnectionBar::setText);
    connect(m_panel, &NodePanel::statusMessage, this, &ConnectionView::showMessage);
}

void ConnectionView::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QSize avail = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(qMin(1280, avail.width() * 9 / 10), qMin(800, avail.height() * 9 / 10));
    }
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({width() * 45 / 100, width() * 55 / 100});
}

void ConnectionView::setupTree()
{
    m_proxy = new ZNodeDecorationProxy(this);
    m_proxy->setSourceModel(m_controller->model());
    m_tree = new ZNodeTreeView(this);
    m_tree->setModel(m_proxy);
    m_guard = new UnsavedEditGuard(m_tree, m_panel, this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (!m_guard->holdNodeSwitch(current, previous)) onCurrentChanged(current);
            });
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            &ConnectionView::showTreeContextMenu);
    auto *drops = new ConnectionDropHandler(m_tree, m_controller->session(), this);
    connect(drops, &ConnectionDropHandler::statusMessage, this, &ConnectionView::showMessage);
}

void ConnectionView::setupEditMenu()
{
    SaveHistory *history = m_controller->saveHistory();
    history->setDialogParent(this);
    m_panel->setSaveHistory(history);
    m_editMenu = new EditMenu(m_panel, history, this);
    addAction(history->undoAction());
    addAction(history->redoAction());
    addAction(m_editMenu->findAction());
    connect(history, &SaveHistory::applied, m_panel, &NodePanel::onWritten);
}

void ConnectionView::setupActions()
{
    m_copyPath = new QAction(ActionIcons::icon(u"edit-copy"_s), tr("Copy path"), this);
    m_copyPath->setObjectName(u"copyPathAction"_s);
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPath->setShortcutContext(Qt::WindowShortcut);
    m_copyPath->setEnabled(false);
    connect(m_copyPath, &QAction::triggered, this, [this] {
        const QString path = currentPath();
        if (path.isEmpty()) return;
        QApplication::clipboard()->setText(path);
        showMessage(StatusMessage::info(tr("Copied %1").arg(ServerText::path(path))));
    });
    addAction(m_copyPath);
    m_panel->addPathAction(m_copyPath);

    m_refresh = new QAction(ActionIcons::icon(u"view-refresh"_s), tr("Refresh"), this);
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, &ConnectionView::refreshCurrent);
    addAction(m_refresh);
}

void ConnectionView::connectTo(const QString &text, bool readOnly)
{
    m_connectionBar->setText(text);
    m_connectionBar->setReadOnly(readOnly);
    m_connectionBar->connectAction()->trigger();
}

void ConnectionView::setPendingPath(const QString &path)
{
    m_pendingPath = path.isEmpty() ? u"/"_s : path;
}

void ConnectionView::selectPath(const QString &path)
{
    ZNodeTreeModel *model = m_controller->model();
    model->loadPath(path, this, [this, path](const QModelIndex &index, const ZkError &error) {
        if (error || !index.isValid()) {
            showMessage(StatusMessage::error(
                tr("Could not open %1: %2").arg(ServerText::path(path), error.message)));
            return;
        }
        const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
        for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent()) m_tree->expand(p);
        m_tree->setCurrentIndex(proxyIndex);
        m_tree->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    });
}

QString ConnectionView::statusMessage() const { return m_statusBar->messageLine(); }

QTreeView *ConnectionView::treeView() const { return m_tree; }

QMenu *ConnectionView::editMenu() const { return m_editMenu; }

QMenu *ConnectionView::nodeMenu() const { return m_treeActions->nodeMenu(); }

QList<QDockWidget *> ConnectionView::docks() const
{
    return QList<QDockWidget *>{m_watchLog, m_searchDock} + m_extraDocks;
}

QString ConnectionView::currentPath() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ZNodeTreeModel::PathRole).toString() : QString();
}

void ConnectionView::closeEvent(QCloseEvent *event)
{
    if (!m_guard->allowClose(event, [this] { close(); })) return;
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void ConnectionView::onSessionStateChanged(SessionState state)
{
    ZkSession *session = m_controller->session();
    m_connectionBar->setSessionState(state);
    m_statusBar->showSessionState(state);
    m_refresh->setEnabled(session->isConnected());
    m_panel->setReadOnly(session->options().readOnly);
    const QString display = m_controller->connectionDisplayString();
    const QString shown = m_profileName.isEmpty() ? display : m_profileName;
    setWindowTitle(state == SessionState::Closed || display.isEmpty()
                       ? u"zkdesk"_s
                       : u"%1 — zkdesk"_s.arg(DisplayText::shown(shown)));
    if (state == SessionState::Closed) m_panel->clear();
    emit tabInfoChanged();
}

void ConnectionView::onTreeReady()
{
    // Keyboard navigation must work at once: focus the tree and select something.
    m_tree->setFocus(Qt::OtherFocusReason);
    const QString path = m_pendingPath;
    m_pendingPath = u"/"_s;
    const QModelIndex root = m_proxy->index(0, 0);
    if (root.isValid()) {
        m_tree->setCurrentIndex(root);
        m_tree->expand(root);
    }
    if (path != u"/"_s) selectPath(path);
}

void ConnectionView::onCurrentChanged(const QModelIndex &current)
{
    m_copyPath->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_panel->clear();
        return;
    }
    const QString path = current.data(ZNodeTreeModel::PathRole).toString();
    m_panel->showNode(path, m_controller->model()->statFor(m_proxy->mapToSource(current)));
}

void ConnectionView::refreshCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) return;
    m_controller->model()->refresh(m_proxy->mapToSource(current));
    m_panel->reload();
}

void ConnectionView::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid()) return;
    // Right-click inside a multi-selection keeps it (delete acts on all of it).
    if (m_tree->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_tree->selectionModel()->setCurrentIndex(index.siblingAtColumn(0),
                                                  QItemSelectionModel::NoUpdate);
    else
        m_tree->setCurrentIndex(index.siblingAtColumn(0));
    QMenu menu(this);
    m_treeActions->addToContextMenu(&menu);
    menu.addAction(m_copyPath);
    menu.addAction(m_refresh);
    menu.addAction(m_watchLog->subtreeAction(currentPath(), &menu));
    menu.addSeparator();
    const QModelIndex nameIndex = index.siblingAtColumn(0);
    menu.addAction(tr("Expand"), this, [this, nameIndex] { m_tree->expand(nameIndex); });
    menu.addAction(tr("Collapse"), this, [this, nameIndex] { m_tree->collapse(nameIndex); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void ConnectionView::showMessage(const StatusMessage &message)
{
    const QString &text = message.text;
    const bool error = message.isError();
    m_statusBar->showMessageLine(text, error);
}
