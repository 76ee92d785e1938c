#include "znodedecorationproxy.h"

#include "statformat.h"
#include "znodetreemodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

ZNodeDecorationProxy::ZNodeDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant ZNodeDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    using Model = ZNodeTreeModel;
    const bool nameColumn = index.column() == Model::NameColumn;

    switch (role) {
    case Qt::DecorationRole: {
        if (!nameColumn)
            break;
        QStyle *style = QApplication::style();
        const auto state = Model::LoadState(index.data(Model::LoadStateRole).toInt());
        if (state == Model::LoadState::Error)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        // hasChildren() answers from the Stat without loading anything.
        const QModelIndex source = mapToSource(index);
        const bool folder = sourceModel()->hasChildren(source);
        return style->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    case Qt::FontRole: {
        if (!nameColumn)
            break;
        if (index.data(Model::NodeKindRole).toInt() & Model::Ephemeral) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    case Qt::ToolTipRole: {
        const auto state = Model::LoadState(index.data(Model::LoadStateRole).toInt());
        if (state == Model::LoadState::Error)
            return tr("Could not load the children: %1").arg(index.data(Model::ErrorRole).toString());
        const QVariant base = QIdentityProxyModel::data(index, role);
        if (base.isValid())
            return base;
        if (nameColumn) {
            const int kind = index.data(Model::NodeKindRole).toInt();
            QStringList notes;
            notes << index.data(Model::PathRole).toString();
            if (kind & Model::Ephemeral) {
                const QVariant stat = index.data(Model::StatRole);
                const qint64 owner = stat.canConvert<ZkStat>() ? stat.value<ZkStat>().ephemeralOwner : 0;
                notes << tr("Ephemeral node, owned by session %1")
                                 .arg(StatFormat::formatSessionId(owner));
            }
            if (kind & Model::Container)
                notes << tr("Container node");
            if (kind & Model::Ttl)
                notes << tr("TTL node");
            if (kind & Model::SequentialLooking)
                notes << tr("Name looks sequential");
            return notes.join(u'\n');
        }
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
