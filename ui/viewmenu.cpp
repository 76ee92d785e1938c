#include "viewmenu.h"

#include "connectionview.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QTreeView>

using namespace Qt::StringLiterals;

ViewMenu::ViewMenu(std::function<ConnectionView *()> currentView, QWidget *parent)
    : QMenu(tr("&View"), parent)
    , m_currentView(std::move(currentView))
{
    setObjectName(u"viewMenu"_s);
    m_goToPath = addAction(tr("&Go to Path…"), this, &ViewMenu::goToPathRequested);
    m_goToPath->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_goToPath->setObjectName(u"goToPathAction"_s);
    addSeparator();
    m_docks = addMenu(tr("&Docks"));
    m_columns = addMenu(tr("Tree &Columns"));
    connect(m_docks, &QMenu::aboutToShow, this, &ViewMenu::fillDocks);
    connect(m_columns, &QMenu::aboutToShow, this, &ViewMenu::fillColumns);
    addSeparator();
    m_zoomIn = addAction(tr("&Larger Text"), this, [this] { emit fontSizeStepRequested(1); });
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    addAction(tr("&Smaller Text"), this, [this] {
        emit fontSizeStepRequested(-1);
    })->setShortcut(QKeySequence::ZoomOut);
    addAction(tr("&Normal Text Size"), this, [this] {
        emit fontSizeStepRequested(0);
    })->setShortcut(QKeySequence(tr("Ctrl+0")));
    addSeparator();
    m_fullScreen = addAction(tr("&Full Screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, &ViewMenu::fullScreenToggled);
}

// Rebuilt each time: the entries belong to whichever connection's tab is current.
void ViewMenu::fillDocks()
{
    m_docks->clear();
    ConnectionView *view = m_currentView();
    if (!view) {
        m_docks->addAction(tr("No connection open"))->setEnabled(false);
        return;
    }
    for (QDockWidget *dock : view->docks()) m_docks->addAction(dock->toggleViewAction());
}

void ViewMenu::fillColumns()
{
    m_columns->clear();
    ConnectionView *view = m_currentView();
    if (!view) {
        m_columns->addAction(tr("No connection open"))->setEnabled(false);
        return;
    }
    QHeaderView *header = view->treeView()->header();
    QAbstractItemModel *model = view->treeView()->model();
    for (int column = 1; column < model->columnCount(); ++column) { // the name always shows
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        QAction *action = m_columns->addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
}
