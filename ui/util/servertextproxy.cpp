#include "util/servertextproxy.h"

#include "util/displaytext.h"

QVariant ServerTextProxy::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    if (value.typeId() != QMetaType::QString) return value;
    if (role == Qt::DisplayRole) return DisplayText::visible(value.toString());
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(DisplayText::visible(value.toString()));
    return value;
}
