#pragma once

#include <QSet>
#include <QString>

class ZNodeTreeModel;

/// ZNodeTreeModel::reloadKeepingState(): reloads, then loads and re-expands every expanded path
/// that still exists, then the selected one, and reports what came back (restored()).
class ZNodeStateRestorer final
{
public:
    explicit ZNodeStateRestorer(ZNodeTreeModel &model);

    void reloadKeepingState();
    /// Reloads, then expands `expanded` (parents first) and selects `selected` where they still
    /// exist: a saved view of another session (a profile's last view).
    void reloadRestoring(const QStringList &expanded, const QString &selected);
    /// True once for a path being restored as expanded: its listing is then sent with a watch
    /// and it is marked expanded (so the listing arms the watch in the same request).
    bool takeRestoreExpand(const QString &path);

private:
    ZNodeTreeModel &m_model;
    QSet<QString> m_restoreExpand;
};
