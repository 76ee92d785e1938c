#include "connectiontabs.h"

#include "i18n/displaynames.h"

#include "appcontroller.h"
#include "connectionview.h"
#include "util/displaytext.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace {

QColor stateColor(SessionState state)
{
    switch (state) {
    case SessionState::Connected:
        return QColor(0x2e, 0xa0, 0x43);
    case SessionState::ConnectedReadOnly:
        return QColor(0x2f, 0x80, 0xd0);
    case SessionState::Connecting:
    case SessionState::Reconnecting:
        return QColor(0xe0, 0xa0, 0x00);
    case SessionState::Expired:
    case SessionState::AuthFailed:
        return QColor(0xd0, 0x30, 0x30);
    case SessionState::Closed:
        break;
    }
    return QColor(0x90, 0x90, 0x90);
}

// A dot in the session's state colour, ringed with the environment's colour when there is one:
// the state and "this is production" read at a glance, even with many tabs.
QIcon stateIcon(SessionState state, const QString &environmentColor, qreal dpr)
{
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!environmentColor.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(environmentColor));
        painter.drawEllipse(QRectF(0, 0, size, size));
    }
    painter.setPen(QPen(QColor(255, 255, 255, 200), 1));
    painter.setBrush(stateColor(state));
    painter.drawEllipse(QRectF(3.5, 3.5, size - 7, size - 7));
    return QIcon(pixmap);
}

} // namespace

ConnectionTabs::ConnectionTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"connectionTabs"_s);
    setDocumentMode(true);
    setMovable(true);
    setTabsClosable(true);
    setUsesScrollButtons(true);
    tabBar()->setExpanding(false);
    tabBar()->setElideMode(Qt::ElideMiddle);
    tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    // A node dragged over a tab switches to it, so it can be dropped on that tab's tree.
    tabBar()->setChangeCurrentOnDrag(true);
    tabBar()->setAcceptDrops(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { requestClose(index); });
    connect(this, &QTabWidget::currentChanged, this,
            [this](int index) { emit currentViewChanged(viewAt(index)); });
    connect(tabBar(), &QWidget::customContextMenuRequested, this, &ConnectionTabs::showTabMenu);
}

ConnectionTabs::~ConnectionTabs()
{
    // Views first: their widgets hold the controllers' sessions and models. The window
    // around is being destroyed too: it must not hear of tab changes any more.
    blockSignals(true);
    const QList<ConnectionView *> all = views();
    for (ConnectionView *view : all) destroyTab(view);
}

ConnectionView *ConnectionTabs::addConnection()
{
    auto *controller = new AppController(nullptr);
    auto *view = new ConnectionView(controller, nullptr);
    adopt(view, controller);
    return view;
}

void ConnectionTabs::adopt(ConnectionView *view, AppController *controller)
{
    m_controllers.insert(view, controller);
    controller->setParent(this);
    // A QMainWindow inside a tab is a plain child widget: no frame, no own geometry.
    view->setWindowFlags(Qt::Widget);
    const int index = addTab(view, view->title());
    connect(view, &ConnectionView::tabInfoChanged, this, [this, view] { updateTab(view); });
    updateTab(view);
    setCurrentIndex(index);
}

AppController *ConnectionTabs::release(ConnectionView *view)
{
    const int index = indexOf(view);
    if (index < 0) return nullptr;
    disconnect(view, &ConnectionView::tabInfoChanged, this, nullptr);
    removeTab(index);
    view->setParent(nullptr);
    AppController *controller = m_controllers.take(view);
    controller->setParent(nullptr);
    return controller;
}

ConnectionView *ConnectionTabs::currentView() const { return viewAt(currentIndex()); }

ConnectionView *ConnectionTabs::viewAt(int index) const
{
    return qobject_cast<ConnectionView *>(widget(index));
}

QList<ConnectionView *> ConnectionTabs::views() const
{
    QList<ConnectionView *> all;
    for (int i = 0; i < count(); ++i) all << viewAt(i);
    return all;
}

QList<ConnectionView *> ConnectionTabs::allViews()
{
    QList<ConnectionView *> all;
    for (QWidget *top : QApplication::topLevelWidgets())
        for (const ConnectionTabs *tabs : top->findChildren<ConnectionTabs *>())
            all += tabs->views();
    return all;
}

ConnectionView *ConnectionTabs::viewFor(const ZkSession *session)
{
    for (ConnectionView *view : allViews())
        if (session && view->controller()->session() == session) return view;
    return nullptr;
}

void ConnectionTabs::requestClose(int index, const std::function<void()> &closed)
{
    ConnectionView *view = viewAt(index);
    if (!view) return;
    setCurrentIndex(index); // the question is about what the user sees
    auto close = [this, view = QPointer<ConnectionView>(view), closed] {
        if (!view) return;
        ProfileViewMemory::save(view->profileId(), view->savedView());
        destroyTab(view);
        if (closed) closed();
    };
    if (view->readyToClose(close)) close();
}

void ConnectionTabs::requestCloseAll(const std::function<void()> &allClosed)
{
    if (count() == 0) {
        allClosed();
        return;
    }
    requestClose(count() - 1, [this, allClosed] { requestCloseAll(allClosed); });
}

void ConnectionTabs::rememberViews() const
{
    for (ConnectionView *view : views())
        ProfileViewMemory::save(view->profileId(), view->savedView());
}

void ConnectionTabs::updateTab(ConnectionView *view)
{
    const int index = indexOf(view);
    if (index < 0) return;
    const SessionState state = view->controller()->session()->state();
    const QString title = DisplayText::shown(view->title());
    setTabText(index, QString(title).replace(u'&', u"&&"_s)); // no mnemonic from a name
    setTabIcon(index, stateIcon(state, view->environmentColor(), devicePixelRatioF()));
    setTabToolTip(index, tr("%1 — %2").arg(title, DisplayNames::sessionState(state)));
}

void ConnectionTabs::showTabMenu(const QPoint &pos)
{
    const int index = tabBar()->tabAt(pos);
    ConnectionView *view = viewAt(index);
    if (!view) return;
    QMenu menu(this);
    menu.addAction(tr("Move to New Window"), this,
                   [this, view] { emit moveToNewWindowRequested(view); })
        ->setEnabled(count() > 1);
    menu.addAction(tr("Close Tab"), this, [this, view] { requestClose(indexOf(view)); });
    menu.exec(tabBar()->mapToGlobal(pos));
}

void ConnectionTabs::destroyTab(ConnectionView *view)
{
    const int index = indexOf(view);
    if (index >= 0) removeTab(index);
    AppController *controller = m_controllers.take(view);
    delete view;
    delete controller; // closes the session (off the GUI thread) after its views are gone
}
