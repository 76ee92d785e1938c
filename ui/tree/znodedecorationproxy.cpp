#include "tree/znodedecorationproxy.h"

#include "theme/themecolors.h"

#include "acl/lockicon.h"
#include "tree/znodetreemodel.h"
#include "util/displaytext.h"
#include "util/statformat.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

ZNodeDecorationProxy::ZNodeDecorationProxy(QObject *parent)
    : TreeFilter(parent)
{ }

void ZNodeDecorationProxy::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_staleConnection);
    TreeFilter::setSourceModel(source);
    if (auto *model = qobject_cast<ZNodeTreeModel *>(source))
        m_staleConnection = connect(model, &ZNodeTreeModel::staleChanged, this, [this] {
            emit headerDataChanged(Qt::Horizontal, ZNodeTreeModel::NameColumn,
                                   ZNodeTreeModel::NameColumn);
        });
}

bool ZNodeDecorationProxy::isNoAuth(const QModelIndex &index)
{
    // The model words its NoAuth error with the code's C name (tree/znodechildloader.cpp).
    return index.data(ZNodeTreeModel::ErrorRole).toString().contains(zkCodeName(ZkCode::NoAuth));
}

bool ZNodeDecorationProxy::isStale() const
{
    const auto *model = qobject_cast<const ZNodeTreeModel *>(sourceModel());
    return model && model->isStale();
}

QVariant ZNodeDecorationProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal
        && section == ZNodeTreeModel::NameColumn && isStale())
        return tr("Name — reconnecting (stale)");
    if (role == Qt::ForegroundRole && orientation == Qt::Horizontal
        && section == ZNodeTreeModel::NameColumn && isStale())
        return ThemeColors::text(ThemeColors::Accent::Warning, QApplication::palette());
    return TreeFilter::headerData(section, orientation, role);
}

QVariant ZNodeDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    using Model = ZNodeTreeModel;
    const bool nameColumn = index.column() == Model::NameColumn;

    switch (role) {
    case Qt::DisplayRole:
        // A name is server text: bidi overrides and invisible characters are shown as markers.
        if (nameColumn) return DisplayText::visible(TreeFilter::data(index, role).toString());
        break;
    case Qt::BackgroundRole: {
        // A changed row fades from amber to nothing over ZNodeTreeModel::kHighlightMs.
        const QVariant level = index.data(Model::ChangedRecentlyRole);
        if (level.isValid())
            return ThemeColors::changeHighlight(level.toDouble(), QApplication::palette());
        break;
    }
    case Qt::ForegroundRole:
        if (isStale()) return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::DecorationRole:
        if (nameColumn) return decoration(index);
        break;
    case Qt::FontRole: {
        if (!nameColumn) break;
        if (index.data(Model::NodeKindRole).toInt() & Model::Ephemeral) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    case Qt::ToolTipRole:
        return toolTip(index);
    default:
        break;
    }
    return TreeFilter::data(index, role);
}

QVariant ZNodeDecorationProxy::decoration(const QModelIndex &index) const
{
    using Model = ZNodeTreeModel;
    QStyle *style = QApplication::style();
    const auto state = Model::LoadState(index.data(Model::LoadStateRole).toInt());
    if (state == Model::LoadState::Error)
        return isNoAuth(index) ? lockIcon() : style->standardIcon(QStyle::SP_MessageBoxWarning);
    if (!warningFor(index).isEmpty()) return style->standardIcon(QStyle::SP_MessageBoxWarning);
    // hasChildren() answers from the Stat without loading anything.
    const bool folder = sourceModel()->hasChildren(mapToSource(index));
    return style->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
}

QString ZNodeDecorationProxy::warningFor(const QModelIndex &index) const
{
    return m_warnings ? m_warnings(index.data(ZNodeTreeModel::PathRole).toString()) : QString();
}

QVariant ZNodeDecorationProxy::toolTip(const QModelIndex &index) const
{
    using Model = ZNodeTreeModel;
    const auto state = Model::LoadState(index.data(Model::LoadStateRole).toInt());
    if (state == Model::LoadState::Error && isNoAuth(index))
        return DisplayText::toolTip(
            tr("Locked: this session may not list the children of %1 (its ACL does not "
               "grant READ), so they cannot be shown. The ACL tab says who may.")
                .arg(DisplayText::visible(index.data(Model::PathRole).toString())));
    if (state == Model::LoadState::Error)
        return DisplayText::toolTip(
            tr("Could not load the children: %1")
                .arg(DisplayText::visible(index.data(Model::ErrorRole).toString())));
    const QVariant base = TreeFilter::data(index, Qt::ToolTipRole);
    const QString warning = warningFor(index);
    if (base.isValid())
        return DisplayText::toolTip(DisplayText::visible(base.toString())
                                    + (warning.isEmpty() ? QString() : u'\n' + warning));
    if (index.column() != Model::NameColumn) return base;
    const int kind = index.data(Model::NodeKindRole).toInt();
    QStringList notes;
    notes << DisplayText::visible(index.data(Model::PathRole).toString());
    if (kind & Model::Ephemeral) {
        const QVariant stat = index.data(Model::StatRole);
        const qint64 owner = stat.canConvert<ZkStat>() ? stat.value<ZkStat>().ephemeralOwner : 0;
        notes << tr("Ephemeral node, owned by session %1").arg(StatFormat::formatSessionId(owner));
    }
    if (kind & Model::Container) notes << tr("Container node");
    if (kind & Model::Ttl) notes << tr("TTL node");
    if (kind & Model::SequentialLooking) notes << tr("Name looks sequential");
    if (!warning.isEmpty()) notes << warning;
    return DisplayText::toolTip(notes.join(u'\n'));
}
