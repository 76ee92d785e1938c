#include "viewmenu.h"

#include "util/actionicons.h"

#include "connectionview.h"
#include "settings/appsettings.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QHeaderView>
#include <QTreeView>

using namespace Qt::StringLiterals;

ViewMenu::ViewMenu(std::function<ConnectionView *()> currentView, QWidget *parent)
    : QMenu(tr("&View"), parent)
    , m_currentView(std::move(currentView))
{
    setObjectName(u"viewMenu"_s);
    m_goToPath = addAction(ActionIcons::icon(u"go-jump"_s), tr("&Go to Path…"), this,
                           &ViewMenu::goToPathRequested);
    m_goToPath->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_goToPath->setObjectName(u"goToPathAction"_s);
    addSeparator();
    m_docks = addMenu(tr("&Docks"));
    m_columns = addMenu(tr("Tree &Columns"));
    connect(m_docks, &QMenu::aboutToShow, this, &ViewMenu::fillDocks);
    connect(m_columns, &QMenu::aboutToShow, this, &ViewMenu::fillColumns);
    addSeparator();
    m_zoomIn = addAction(ActionIcons::icon(u"zoom-in"_s), tr("&Larger Text"), this,
                         [this] { emit fontSizeStepRequested(1); });
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    addAction(ActionIcons::icon(u"zoom-out"_s), tr("&Smaller Text"), this, [this] {
        emit fontSizeStepRequested(-1);
    })->setShortcut(QKeySequence::ZoomOut);
    addAction(ActionIcons::icon(u"zoom-original"_s), tr("&Normal Text Size"), this, [this] {
        emit fontSizeStepRequested(0);
    })->setShortcut(QKeySequence(tr("Ctrl+0")));
    addSeparator();
    fillThemes(addMenu(tr("&Theme")));
    m_fullScreen = addAction(ActionIcons::icon(u"view-fullscreen"_s), tr("&Full Screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, &ViewMenu::fullScreenToggled);
}

// System, Light, Dark: stored in AppSettings, which applies it (and Preferences shows it).
void ViewMenu::fillThemes(QMenu *menu)
{
    menu->setObjectName(u"themeMenu"_s);
    auto *group = new QActionGroup(menu);
    const std::pair<AppSettings::Theme, QString> themes[] = {
        {AppSettings::Theme::System, tr("&System")},
        {AppSettings::Theme::Light, tr("&Light")},
        {AppSettings::Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, text] : themes) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(int(theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [theme] { AppSettings::instance().setTheme(theme); });
    }
    const auto sync = [group] {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toInt() == int(AppSettings::instance().theme()));
    };
    sync();
    connect(&AppSettings::instance(), &AppSettings::changed, menu, sync);
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
