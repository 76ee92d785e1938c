#pragma once

#include <QTreeView>

/// The znode tree's view: settings a 100,000-row parent can afford, and a name column that takes
/// the width the fixed columns leave.
class ZNodeTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZNodeTreeView)

public:
    explicit ZNodeTreeView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeFixedColumns();
    void fitNameColumn();
};
