#include "filemenu.h"

#include <QApplication>

FileMenu::FileMenu(QWidget *parent)
    : QMenu(tr("&File"), parent)
{
    m_connections = addAction(tr("&Connections…"), this, &FileMenu::connectionsRequested);
    m_connections->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_connections->setObjectName(QStringLiteral("connectionsAction"));
    addSeparator();
    QAction *quit = addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}
