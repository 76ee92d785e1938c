#pragma once

#include <QIdentityProxyModel>

/// Adds what core cannot (core has no QIcon/QFont): folder/file icons on the name column,
/// italics and a tooltip for ephemeral nodes, a warning icon with the error as tooltip for
/// nodes whose children could not be loaded. Everything else passes through unchanged.
class ZNodeDecorationProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZNodeDecorationProxy)

public:
    explicit ZNodeDecorationProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
