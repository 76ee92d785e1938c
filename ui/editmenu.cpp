#include "editmenu.h"

#include "util/actionicons.h"

#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "node/savehistory.h"
#include "node/texteditorpane.h"

using namespace Qt::StringLiterals;

EditMenu::EditMenu(NodePanel *panel, SaveHistory *history, QWidget *parent)
    : QMenu(tr("&Edit"), parent)
{
    setObjectName(u"editMenu"_s);
    addAction(panel->saveAction());
    addAction(panel->revertAction());
    addSeparator();
    addAction(history->undoAction());
    addAction(history->redoAction());
    addSeparator();
    addAction(panel->dataView()->setNullAction());
    addAction(panel->dataView()->setEmptyAction());
    m_find = addAction(ActionIcons::icon(u"edit-find"_s), tr("&Find in Data…"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WindowShortcut);
    connect(m_find, &QAction::triggered, this, [panel] {
        NodeDataView *data = panel->dataView();
        if (data->shown() != NodeDataView::Shown::Hex && data->hasData())
            data->textPane()->showFind();
    });
}
