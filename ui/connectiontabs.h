#pragma once

#include <QTabWidget>

#include <functional>

class AppController;
class ConnectionView;
class ZkSession;

/// The main window's tabs, one per connection: each tab owns its AppController (session, tree
/// model, save history) and the ConnectionView over it, so tabs never share a session. The tab
/// shows the connection's name, its environment colour and the session's state; closing a tab
/// asks about unsaved edits first and remembers a saved connection's view.
class ConnectionTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTabs)

public:
    explicit ConnectionTabs(QWidget *parent = nullptr);
    ~ConnectionTabs() override;

    /// A new tab with its own, not yet connected session; made current.
    ConnectionView *addConnection();
    /// Takes an existing tab from another window ("Move to new window").
    void adopt(ConnectionView *view, AppController *controller);
    /// Removes the tab without closing its session; the caller owns both afterwards.
    AppController *release(ConnectionView *view);

    ConnectionView *currentView() const;
    ConnectionView *viewAt(int index) const;
    QList<ConnectionView *> views() const;
    /// The tabs of every window.
    static QList<ConnectionView *> allViews();
    /// The tab of `session` in any window, null when none shows it.
    static ConnectionView *viewFor(const ZkSession *session);

    /// Closes the tab at `index` after asking about unsaved edits; `closed` runs once it is
    /// gone (not when the user cancels).
    void requestClose(int index, const std::function<void()> &closed = {});
    /// Closes every tab, one question at a time; `allClosed` runs when none is left.
    void requestCloseAll(const std::function<void()> &allClosed);
    /// Remembers the view of every tab connected through a saved connection.
    void rememberViews() const;

signals:
    /// The current tab changed (null when the last one closed).
    void currentViewChanged(ConnectionView *view);
    /// A tab asks to move into a window of its own.
    void moveToNewWindowRequested(ConnectionView *view);

private:
    void updateTab(ConnectionView *view);
    void showTabMenu(const QPoint &pos);
    void destroyTab(ConnectionView *view);

    QHash<ConnectionView *, AppController *> m_controllers;
};
