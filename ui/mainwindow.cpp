#include "mainwindow.h"

#include "tree/expandarrowrefresher.h"

#include "appcontroller.h"
#include "session/authstatus.h"
#include "session/connectionbar.h"
#include "tree/expandarrowrefresher.h"
#include "tree/livetreebinder.h"
#include "node/nodepanel.h"
#include "search/searchpanel.h"
#include "session/sessionnotices.h"
#include "util/statformat.h"
#include "operations/treeactions.h"
#include "tree/treefilterbar.h"
#include "watchlog/watchlogdock.h"
#include "tree/znodedecorationproxy.h"
#include "tree/znodetreemodel.h"

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

MainWindow::MainWindow(AppController *controller, QWidget *parent)
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
    setupTree();
    setupActions();
    setupStatusBar();
    setupEditMenu();
    m_treeActions = new TreeActions(controller, this);
    menuBar()->addMenu(m_treeActions->nodeMenu());
    connect(m_treeActions, &TreeActions::message, this, &MainWindow::showMessage);

    // Above the tree: session notices and the quick filter; the search dock (Ctrl+Shift+F).
    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *notices = new SessionNotices(controller, treeBox);
    auto *filterBar = new TreeFilterBar(m_tree, m_proxy, treeBox);
    treeLayout->addWidget(notices);
    treeLayout->addWidget(filterBar);
    treeLayout->addWidget(m_tree, 1);
    statusBar()->insertPermanentWidget(1, notices->statusLabel()); // after the message
    connect(notices, &SessionNotices::message, this, &MainWindow::showMessage);
    auto *search = new SearchPanel(controller->session(), this);
    search->setCurrentPathProvider([this] { return currentPath(); });
    connect(search, &SearchPanel::pathActivated, this, [this, filterBar](const QString &path) {
        filterBar->clear(); // a result hidden by the filter could not be selected
        selectPath(path);
    });
    for (QAction *action : {search->openAction(), filterBar->focusAction()}) {
        addAction(action);
        m_editMenu->addAction(action);
    }

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(treeBox);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    // Live tree (watches on expanded nodes) and the watch log dock.
    new LiveTreeBinder(m_tree, m_proxy, controller->model(), this);
    new ExpandArrowRefresher(m_tree);
    m_watchLog = new WatchLogDock(controller->session(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_watchLog);
    addDockWidget(Qt::BottomDockWidgetArea, search);
    tabifyDockWidget(m_watchLog, search);
    search->hide();

    connect(m_connectionBar, &ConnectionBar::connectRequested, this,
            [this](const QString &text, bool readOnly) {
                m_controller->setAuth(m_connectionBar->authEntries());
                const ZkError error = m_controller->connectTo(text, readOnly);
                if (error)
                    showMessage(error.message, true);
                else
                    m_connectionBar->remember(text);
            });
    connect(m_connectionBar, &ConnectionBar::disconnectRequested, this, [this] {
        // Unsaved edits go with the session: ask first (save / discard / cancel).
        if (!m_panel->isDirty()) {
            m_controller->disconnectFromServer();
            return;
        }
        m_panel->confirmLeave([this] { m_controller->disconnectFromServer(); });
    });
    connect(m_controller, &AppController::sessionStateChanged, this,
            &MainWindow::onSessionStateChanged);
    connect(m_controller, &AppController::treeReady, this, &MainWindow::onTreeReady);
    connect(m_controller, &AppController::message, this, &MainWindow::showMessage);
    connect(m_controller, &AppController::sandboxConnectString, m_connectionBar,
            &ConnectionBar::setText);
    connect(m_panel, &NodePanel::message, this, &MainWindow::showMessage);

    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QSize avail = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(qMin(1280, avail.width() * 9 / 10), qMin(800, avail.height() * 9 / 10));
    }
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({width() * 45 / 100, width() * 55 / 100});
    onSessionStateChanged(SessionState::Closed);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupTree()
{
    m_proxy = new ZNodeDecorationProxy(this);
    m_proxy->setSourceModel(m_controller->model());

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"znodeTree"_s);
    // Essential with 100k children under one parent: without it the view asks every row for
    // its size hint.
    m_tree->setUniformRowHeights(true);
    m_tree->setModel(m_proxy);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection); // multi-select delete
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setAnimated(false);

    // Fixed widths from the font, never ResizeToContents: that re-measures rows on every
    // model change, which a 100k-row parent cannot afford. The name column takes the rest of
    // the width (fitNameColumn) but never less than a readable minimum: a Stretch section would
    // shrink to nothing in a narrow tree, leaving only "…" for every name.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(m_tree->font());
    const int pad = 3 * fm.horizontalAdvance(u' ') + 8;
    header->resizeSection(ZNodeTreeModel::ChildrenColumn, fm.horizontalAdvance(u"Children"_s) + pad);
    header->resizeSection(ZNodeTreeModel::DataSizeColumn, fm.horizontalAdvance(u"1023.9 KiB"_s) + pad);
    header->resizeSection(ZNodeTreeModel::ModifiedColumn,
                          fm.horizontalAdvance(u"2024-05-01 12:00:00"_s) + pad);
    header->resizeSection(ZNodeTreeModel::VersionColumn, fm.horizontalAdvance(u"Version"_s) + pad);
    header->setMinimumSectionSize(fm.horizontalAdvance(u"Name"_s) + pad);
    m_tree->setMinimumWidth(240);
    m_tree->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != ZNodeTreeModel::NameColumn)
            fitNameColumn();
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (!guardNodeSwitch(current, previous))
                    onCurrentChanged(current);
            });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
}

void MainWindow::fitNameColumn()
{
    QHeaderView *header = m_tree->header();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != ZNodeTreeModel::NameColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int minimum = 12 * header->fontMetrics().averageCharWidth() + m_tree->indentation() * 3;
    header->resizeSection(ZNodeTreeModel::NameColumn,
                          qMax(minimum, m_tree->viewport()->width() - others));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setupActions()
{
    m_copyPath = new QAction(style()->standardIcon(QStyle::SP_FileLinkIcon), tr("Copy path"), this);
    m_copyPath->setObjectName(u"copyPathAction"_s);
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPath->setShortcutContext(Qt::WindowShortcut);
    m_copyPath->setEnabled(false);
    connect(m_copyPath, &QAction::triggered, this, [this] {
        const QString path = currentPath();
        if (path.isEmpty())
            return;
        QApplication::clipboard()->setText(path);
        showMessage(tr("Copied %1").arg(path), false);
    });
    addAction(m_copyPath);
    m_panel->addPathAction(m_copyPath);

    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    addAction(m_refresh);
}

void MainWindow::setupStatusBar()
{
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"statusMessage"_s);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"statusState"_s);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"statusServer"_s);
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(u"statusSession"_s);
    m_sessionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_sessionLabel);
    statusBar()->addPermanentWidget(new AuthStatus(m_controller->session(), this));
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::connectTo(const QString &text, bool readOnly)
{
    m_connectionBar->setText(text);
    m_connectionBar->setReadOnly(readOnly);
    m_connectionBar->connectAction()->trigger();
}

void MainWindow::setPendingPath(const QString &path)
{
    m_pendingPath = path.isEmpty() ? u"/"_s : path;
}

void MainWindow::selectPath(const QString &path)
{
    ZNodeTreeModel *model = m_controller->model();
    model->loadPath(path, this, [this, path](const QModelIndex &index, const ZkError &error) {
        if (error || !index.isValid()) {
            showMessage(tr("Could not open %1: %2").arg(path, error.message), true);
            return;
        }
        const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
        for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
        m_tree->setCurrentIndex(proxyIndex);
        m_tree->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    });
}

QString MainWindow::statusMessage() const
{
    return m_messageLabel->text();
}

QString MainWindow::currentPath() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ZNodeTreeModel::PathRole).toString() : QString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose(event))
        return;
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::onSessionStateChanged(SessionState state)
{
    ZkSession *session = m_controller->session();
    m_connectionBar->setSessionState(state);
    m_stateLabel->setText(sessionStateName(state));
    const bool connected =
            state == SessionState::Connected || state == SessionState::ConnectedReadOnly;
    m_serverLabel->setText(connected ? session->connectedServer() : QString());
    m_serverLabel->setVisible(connected);
    m_sessionLabel->setText(session->sessionId() != 0
                                    ? tr("session %1").arg(StatFormat::formatSessionId(
                                              session->sessionId()))
                                    : QString());
    m_sessionLabel->setVisible(session->sessionId() != 0 && state != SessionState::Closed);
    m_refresh->setEnabled(connected);

    const QString display = m_controller->connectionDisplayString();
    setWindowTitle(state == SessionState::Closed || display.isEmpty()
                           ? u"zkdesk"_s
                           : u"%1 — zkdesk"_s.arg(display));
    if (state == SessionState::Closed)
        m_panel->clear();
}

void MainWindow::onTreeReady()
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
    if (path != u"/"_s)
        selectPath(path);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    m_copyPath->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_panel->clear();
        return;
    }
    const QString path = current.data(ZNodeTreeModel::PathRole).toString();
    m_panel->showNode(path, m_controller->model()->statFor(m_proxy->mapToSource(current)));
}

void MainWindow::refreshCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    m_controller->model()->refresh(m_proxy->mapToSource(current));
    m_panel->reload();
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
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

void MainWindow::showMessage(const QString &text, bool error)
{
    QPalette pal = m_messageLabel->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28)
                                             : palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(pal);
    m_messageLabel->setText(text);
    m_messageLabel->setToolTip(text);
}
