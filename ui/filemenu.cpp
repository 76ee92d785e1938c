#include "filemenu.h"

#include "util/actionicons.h"

using namespace Qt::StringLiterals;

FileMenu::FileMenu(QWidget *parent)
    : QMenu(tr("&File"), parent)
{
    setObjectName(u"fileMenu"_s);
    // Ctrl+N already creates a node: a new connection is a new tab, Ctrl+T as in a browser.
    m_newConnection = addAction(ActionIcons::icon(u"tab-new"_s), tr("&New Connection"), this,
                                &FileMenu::newConnectionRequested);
    m_newConnection->setShortcut(QKeySequence::AddTab);
    m_newConnection->setObjectName(u"newConnectionAction"_s);
    m_connections = addAction(ActionIcons::icon(u"network-server"_s), tr("&Connections…"), this,
                              &FileMenu::connectionsRequested);
    m_connections->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_connections->setObjectName(u"connectionsAction"_s);
    m_recent = addMenu(tr("Open &Recent"));
    m_recent->setObjectName(u"recentMenu"_s);
    connect(m_recent, &QMenu::aboutToShow, this, &FileMenu::fillRecent);
    addSeparator();
    m_closeTab = addAction(ActionIcons::icon(u"window-close"_s), tr("&Close Tab"), this,
                           &FileMenu::closeTabRequested);
    m_closeTab->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    m_closeTab->setObjectName(u"closeTabAction"_s);
    addSeparator();
    QAction *quit = addAction(ActionIcons::icon(u"application-exit"_s), tr("&Quit"), this,
                              &FileMenu::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void FileMenu::setRecentProvider(std::function<QList<RecentEntry>()> provider)
{
    m_recentProvider = std::move(provider);
}

void FileMenu::fillRecent()
{
    m_recent->clear();
    const QList<RecentEntry> entries = m_recentProvider ? m_recentProvider() : QList<RecentEntry>{};
    for (const RecentEntry &entry : entries) {
        if (entry.text.isEmpty()) {
            m_recent->addSeparator();
            continue;
        }
        QAction *action = m_recent->addAction(QString(entry.text).replace(u'&', u"&&"_s));
        connect(action, &QAction::triggered, this, entry.open);
    }
    if (m_recent->isEmpty()) m_recent->addAction(tr("No recent connections"))->setEnabled(false);
}
