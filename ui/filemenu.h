#pragma once

#include <QMenu>

#include <functional>

/// The File menu: New Connection, Connections…, Open Recent, Close Tab, Quit.
class FileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileMenu)

public:
    /// One entry of Open Recent: what it says and what it opens.
    struct RecentEntry
    {
        QString text;
        std::function<void()> open;
    };

    explicit FileMenu(QWidget *parent = nullptr);

    QAction *newConnectionAction() const { return m_newConnection; }
    QAction *connectionsAction() const { return m_connections; }
    QAction *closeTabAction() const { return m_closeTab; }
    QMenu *recentMenu() const { return m_recent; }
    /// Called each time Open Recent opens; an empty entry stands for a separator.
    void setRecentProvider(std::function<QList<RecentEntry>()> provider);

signals:
    void newConnectionRequested();
    void connectionsRequested();
    void closeTabRequested();
    void quitRequested();

private:
    void fillRecent();

    QAction *m_newConnection = nullptr;
    QAction *m_connections = nullptr;
    QAction *m_closeTab = nullptr;
    QMenu *m_recent = nullptr;
    std::function<QList<RecentEntry>()> m_recentProvider;
};
