#include "tree/znodetreeview.h"

#include "tree/znodetreemodel.h"

#include <QDrag>
#include <QEvent>
#include <QHeaderView>
#include <QMimeData>

using namespace Qt::StringLiterals;

ZNodeTreeView::ZNodeTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"znodeTree"_s);
    // Essential with 100k children under one parent: without it the view asks every row for
    // its size hint.
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // multi-select delete
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setExpandsOnDoubleClick(true);
    setAnimated(false);
    // Drops are ConnectionDropHandler's (on the viewport), not the model's.
    setDragDropMode(QAbstractItemView::DragOnly);
    setMinimumWidth(240);
    viewport()->installEventFilter(this);
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != ZNodeTreeModel::NameColumn) fitNameColumn();
    });
}

void ZNodeTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    sizeFixedColumns(); // the header has its sections only now
}

// Fixed widths from the font, never ResizeToContents: that re-measures rows on every model
// change, which a 100k-row parent cannot afford. The name column takes the rest of the width
// (fitNameColumn) but never less than a readable minimum: a Stretch section would shrink to
// nothing in a narrow tree, leaving only "…" for every name.
void ZNodeTreeView::sizeFixedColumns()
{
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(font());
    const int pad = 3 * fm.horizontalAdvance(u' ') + 8;
    const auto widthOf = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    columns->resizeSection(ZNodeTreeModel::ChildrenColumn, widthOf(u"Children"_s));
    columns->resizeSection(ZNodeTreeModel::DataSizeColumn, widthOf(u"1023.9 KiB"_s));
    columns->resizeSection(ZNodeTreeModel::ModifiedColumn, widthOf(u"2024-05-01 12:00:00"_s));
    columns->resizeSection(ZNodeTreeModel::VersionColumn, widthOf(u"Version"_s));
    columns->setMinimumSectionSize(widthOf(u"Name"_s));
}

void ZNodeTreeView::fitNameColumn()
{
    QHeaderView *columns = header();
    int others = 0;
    for (int c = 0; c < columns->count(); ++c) {
        if (c != ZNodeTreeModel::NameColumn && !columns->isSectionHidden(c))
            others += columns->sectionSize(c);
    }
    const int minimum = 12 * columns->fontMetrics().averageCharWidth() + indentation() * 3;
    columns->resizeSection(ZNodeTreeModel::NameColumn, qMax(minimum, viewport()->width() - others));
}

// One node, the current one (the pressed row), whatever else is selected: the copy dialog takes
// one subtree. The result is ignored: the base class would remove the dragged rows from the
// model after a move, but a move is the drop target's dialog's to do, confirmed there.
void ZNodeTreeView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndex current = currentIndex().siblingAtColumn(0);
    if (!current.isValid()) return;
    QMimeData *data = model()->mimeData({current});
    if (!data) return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->exec(supportedActions, Qt::CopyAction);
}

// The viewport, not the view: it also shrinks when a scroll bar appears. (Its Resize does not
// reach viewportEvent(): QAbstractScrollArea handles it in its own filter first.)
bool ZNodeTreeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::Resize) fitNameColumn();
    return QTreeView::eventFilter(watched, event);
}
