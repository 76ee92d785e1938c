// The data editor's window-level parts of MainWindow: the Edit menu, the unsaved-changes
// question when switching nodes or closing, and the read-only state. Kept apart from
// mainwindow.cpp so that the tree and the editor can change independently.

#include "mainwindow.h"

#include "appcontroller.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "node/savehistory.h"
#include "node/texteditorpane.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPersistentModelIndex>
#include <QTreeView>

using namespace Qt::StringLiterals;

void MainWindow::setupEditMenu()
{
    SaveHistory *history = m_controller->saveHistory();
    history->setDialogParent(this);
    m_panel->setSaveHistory(history);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_panel->saveAction());
    m_editMenu->addAction(m_panel->revertAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(history->undoAction());
    m_editMenu->addAction(history->redoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_panel->dataView()->setNullAction());
    m_editMenu->addAction(m_panel->dataView()->setEmptyAction());
    QAction *find = m_editMenu->addAction(tr("&Find in Data…"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        NodeDataView *data = m_panel->dataView();
        if (data->shown() != NodeDataView::Shown::Hex && data->hasData())
            data->textPane()->showFind();
    });
    addAction(history->undoAction());
    addAction(history->redoAction());
    addAction(find);

    connect(history, &SaveHistory::applied, m_panel, &NodePanel::onWritten);
    connect(m_controller, &AppController::sessionStateChanged, this, [this] {
        m_panel->setReadOnly(m_controller->session()->options().readOnly);
    });
}

bool MainWindow::guardNodeSwitch(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_revertingSelection)
        return true;
    if (!m_panel->isDirty() || !previous.isValid())
        return false;
    const QPersistentModelIndex target(current);
    const QPersistentModelIndex edited(previous);
    // Put the selection back on the edited node while the user decides.
    m_revertingSelection = true;
    m_tree->setCurrentIndex(edited);
    m_revertingSelection = false;
    m_panel->confirmLeave([this, target] {
        if (target.isValid())
            m_tree->setCurrentIndex(target);
    });
    return true;
}

bool MainWindow::confirmClose(QCloseEvent *event)
{
    if (m_closeConfirmed || !m_panel->isDirty())
        return true;
    event->ignore();
    m_panel->confirmLeave([this] {
        m_closeConfirmed = true;
        close();
    });
    return false;
}
