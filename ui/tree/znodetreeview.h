#pragma once

#include <QTreeView>

/// The znode tree's view: settings a 100,000-row parent can afford, and a name column that takes
/// the width the fixed columns leave. The current node can be dragged (to another connection's
/// tree, see ConnectionDropHandler).
class ZNodeTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZNodeTreeView)

public:
    explicit ZNodeTreeView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeFixedColumns();
    void fitNameColumn();
};
