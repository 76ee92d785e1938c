#pragma once

#include "tree/treefilter.h"

#include <functional>

/// Adds what core cannot (core has no QIcon/QFont): folder/file icons on the name column,
/// italics and a tooltip for ephemeral nodes, a warning icon with the error as tooltip for
/// nodes whose children could not be loaded. Live tree: a fading amber background on rows that
/// changed on the server (ChangedRecentlyRole), and grey text plus "reconnecting (stale)" in
/// the header while the model is stale. Everything else passes through unchanged. The base,
/// TreeFilter, is the quick filter (a pass-through while no pattern is set).
class ZNodeDecorationProxy final : public TreeFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZNodeDecorationProxy)

public:
    explicit ZNodeDecorationProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    /// A warning for a node (e.g. "over its soft quota"), shown as a warning icon and in the
    /// tooltip; empty for none. Repaint the view when the answers change.
    using WarningProvider = std::function<QString(const QString &path)>;
    void setWarningProvider(WarningProvider provider) { m_warnings = std::move(provider); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant decoration(const QModelIndex &index) const;
    QVariant toolTip(const QModelIndex &index) const;
    bool isStale() const;
    static bool isNoAuth(const QModelIndex &index); // children refused with ZNOAUTH: a lock
    QString warningFor(const QModelIndex &index) const;
    QMetaObject::Connection m_staleConnection;
    WarningProvider m_warnings;
};
