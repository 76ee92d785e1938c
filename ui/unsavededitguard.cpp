#include "unsavededitguard.h"

#include "node/nodepanel.h"

#include <QCloseEvent>
#include <QPersistentModelIndex>
#include <QTreeView>

UnsavedEditGuard::UnsavedEditGuard(QTreeView *tree, NodePanel *panel, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_panel(panel)
{ }

bool UnsavedEditGuard::holdNodeSwitch(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_revertingSelection) return true;
    if (!m_panel->isDirty() || !previous.isValid()) return false;
    const QPersistentModelIndex target(current);
    const QPersistentModelIndex edited(previous);
    // Put the selection back on the edited node while the user decides.
    m_revertingSelection = true;
    m_tree->setCurrentIndex(edited);
    m_revertingSelection = false;
    m_panel->confirmLeave([this, target] {
        if (target.isValid()) m_tree->setCurrentIndex(target);
    });
    return true;
}

bool UnsavedEditGuard::allowClose(QCloseEvent *event, const std::function<void()> &close)
{
    if (m_closeConfirmed || !m_panel->isDirty()) return true;
    event->ignore();
    m_panel->confirmLeave([this, close] {
        m_closeConfirmed = true;
        close();
    });
    return false;
}

void UnsavedEditGuard::beforeDisconnect(const std::function<void()> &disconnect)
{
    m_panel->confirmLeave(disconnect);
}
