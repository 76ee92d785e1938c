#pragma once

#include <QMenu>

/// The File menu: the saved connections (Connections…) and Quit.
class FileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileMenu)

public:
    explicit FileMenu(QWidget *parent = nullptr);

    QAction *connectionsAction() const { return m_connections; }

signals:
    void connectionsRequested();

private:
    QAction *m_connections = nullptr;
};
