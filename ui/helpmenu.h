#pragma once

#include <QMenu>

#include <functional>

class QMenuBar;

/// The Help menu: Keyboard Shortcuts (every shortcut of the menus and of the current
/// connection, read from the actions themselves so the list cannot go stale), About zkdesk
/// (versions of zkdesk, Qt and the ZooKeeper C client), About Qt.
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    /// `extraActions` gives the actions with shortcuts that are in no menu (the current
    /// connection's tree and editor actions).
    HelpMenu(QMenuBar *menuBar, std::function<QList<QAction *>()> extraActions,
             QWidget *parent = nullptr);

    /// The rows of the shortcuts list: action text, shortcut, where it is.
    struct ShortcutRow
    {
        QString action;
        QString shortcut;
        QString place;
    };
    QList<ShortcutRow> shortcutRows() const;

    void showShortcuts();
    void showAbout();

private:
    QMenuBar *m_menuBar = nullptr;
    std::function<QList<QAction *>()> m_extraActions;
};
