#include "tree/treefilterbar.h"

#include "util/actionicons.h"

#include "tree/treefilter.h"
#include "tree/znodetreemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// Expanding is what makes matches visible; past this many the view gets slow for no benefit.
constexpr int kMaxExpand = 5000;
} // namespace

TreeFilterBar::TreeFilterBar(QTreeView *tree, TreeFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_tree(tree)
    , m_filter(filter)
{
    setObjectName(u"treeFilterBar"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"treeFilter"_s);
    m_edit->setPlaceholderText(tr("Filter loaded nodes by name (Ctrl+Alt+F, Esc clears)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"treeFilterHint"_s);
    m_hint->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_hint);

    m_focusAction = new QAction(ActionIcons::icon(u"view-filter"_s), tr("Filter the tree"), this);
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_focusAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_focusAction, &QAction::triggered, this, [this] {
        m_edit->setFocus(Qt::ShortcutFocusReason);
        m_edit->selectAll();
    });

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &TreeFilterBar::apply);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_delay.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        applyNow();
        jumpToNextMatch();
    });
}

void TreeFilterBar::applyNow()
{
    m_delay.stop();
    apply();
}

void TreeFilterBar::clear()
{
    m_edit->clear();
    applyNow();
}

QString TreeFilterBar::hintText() const { return m_hint->text(); }

bool TreeFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape && !m_edit->text().isEmpty()) {
            clear();
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key == Qt::Key_Down) {
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TreeFilterBar::apply()
{
    const QString pattern = m_edit->text().trimmed();
    if (pattern == m_filter->namePattern()) return;
    const QString current = m_tree->currentIndex().data(ZNodeTreeModel::PathRole).toString();
    // Rows the filter hides lose their expanded state in the view: remember the user's
    // expansion before the first filtered view, to put it back when the filter is cleared.
    if (!m_filter->isFiltering()) {
        m_expandedBefore.clear();
        snapshotExpanded({});
    }
    m_filter->setNamePattern(pattern);
    m_matches.clear();
    m_jump = -1;

    auto *model = qobject_cast<ZNodeTreeModel *>(m_filter->sourceModel());
    if (!m_filter->isFiltering()) {
        // Put the tree back: collapse what only the filter opened, keep the user's node in view.
        if (model) {
            for (auto it = m_expandedByMe.crbegin(); it != m_expandedByMe.crend(); ++it)
                m_tree->collapse(m_filter->mapFromSource(model->indexForPath(*it)));
            for (const QString &path : std::as_const(m_expandedBefore))
                m_tree->expand(m_filter->mapFromSource(model->indexForPath(path)));
        }
        m_expandedByMe.clear();
        m_expandedBefore.clear();
        m_hint->hide();
        const QModelIndex index = m_tree->currentIndex();
        if (index.isValid()) m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }

    collect({});
    if (m_matches.isEmpty()) {
        m_hint->setText(
            tr("no loaded node matches; Search (Ctrl+Shift+F) looks at the whole tree"));
    } else {
        m_hint->setText(m_matches.size() == 1 ? tr("1 match")
                                              : tr("%1 matches").arg(m_matches.size()));
    }
    m_hint->setToolTip(tr("Only loaded nodes are filtered; collapsed parents that were never "
                          "opened are not loaded for it."));
    m_hint->show();
    if (!current.isEmpty() && model) {
        const QModelIndex index = m_filter->mapFromSource(model->indexForPath(current));
        if (index.isValid()) m_tree->scrollTo(index);
    }
}

void TreeFilterBar::collect(const QModelIndex &parent)
{
    const int rows = m_filter->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_filter->index(row, 0, parent);
        if (m_filter->nameMatches(index.data(Qt::DisplayRole).toString()))
            m_matches << index.data(ZNodeTreeModel::PathRole).toString();
        if (m_filter->rowCount(index) == 0) continue;
        // Every kept row with kept children leads to a match: open it.
        if (!m_tree->isExpanded(index) && m_expandedByMe.size() < kMaxExpand) {
            m_expandedByMe << index.data(ZNodeTreeModel::PathRole).toString();
            m_tree->expand(index);
        }
        collect(index);
    }
}

void TreeFilterBar::snapshotExpanded(const QModelIndex &parent)
{
    const int rows = m_filter->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_filter->index(row, 0, parent);
        if (!m_tree->isExpanded(index)) continue;
        m_expandedBefore << index.data(ZNodeTreeModel::PathRole).toString();
        snapshotExpanded(index);
    }
}

void TreeFilterBar::jumpToNextMatch()
{
    auto *model = qobject_cast<ZNodeTreeModel *>(m_filter->sourceModel());
    if (m_matches.isEmpty() || !model) return;
    m_jump = (m_jump + 1) % int(m_matches.size());
    const QModelIndex index = m_filter->mapFromSource(model->indexForPath(m_matches.at(m_jump)));
    if (!index.isValid()) return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}
