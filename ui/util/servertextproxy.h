#pragma once

#include <QIdentityProxyModel>

/// Shows a model of server text by DisplayText's rule: display strings with markers for
/// invisible and bidi characters, tooltips escaped (a view hands them to QToolTip, which reads
/// anything that looks like markup as rich text).
class ServerTextProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTextProxy)

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
