#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;
class TreeFilter;

/// The quick filter box above the tree: types a name pattern into the view's TreeFilter,
/// expands the (already loaded) ancestors of the matches so they are visible, and puts the
/// tree back as it was when cleared (Esc). Enter jumps to the next match. Only loaded nodes
/// are looked at; the hint says so and points to the search panel for the rest.
class TreeFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilterBar)

public:
    /// Filtering waits this long after the last keystroke (a 100,000-node tree takes a while).
    static constexpr int kDelayMs = 120;

    /// `filter` must be `tree`'s model.
    TreeFilterBar(QTreeView *tree, TreeFilter *filter, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /// Ctrl+Alt+F: focuses the filter box.
    QAction *focusAction() const { return m_focusAction; }
    /// Applies the typed pattern now instead of after kDelayMs.
    void applyNow();
    /// Empties the box and shows the whole loaded tree again.
    void clear();
    /// Loaded nodes whose own name matches (0 when not filtering).
    int matchCount() const { return m_matches.size(); }
    QString hintText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void collect(const QModelIndex &parent);
    void snapshotExpanded(const QModelIndex &parent);
    void jumpToNextMatch();

    QTreeView *m_tree;      // Not owned.
    TreeFilter *m_filter;   // Not owned.
    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QAction *m_focusAction = nullptr;
    QTimer m_delay;
    QStringList m_matches;         // paths of the matching loaded nodes, in tree order
    QStringList m_expandedByMe;    // paths this bar expanded; collapsed again on clear()
    QStringList m_expandedBefore;  // the user's expanded paths before filtering, parents first
    int m_jump = -1;
};
