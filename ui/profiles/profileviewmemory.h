#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// What a connection's view looked like when it was left: expanded nodes, the selected one, the
/// tree's column widths and the tree/panel split.
struct SavedView
{
    QStringList expanded; ///< parents before children
    QString selected;
    QByteArray treeHeader; ///< QHeaderView::saveState()
    QByteArray splitter;   ///< QSplitter::saveState()

    bool isEmpty() const { return expanded.isEmpty() && selected.isEmpty() && splitter.isEmpty(); }
};

/// Each saved connection's last view, kept in the app's QSettings under its profile id (so a
/// rename keeps it), restored the next time that profile connects.
class ProfileViewMemory final
{
public:
    /// At most this many expanded paths are kept: restoring re-lists each of them.
    static constexpr int kMaxExpanded = 500;

    static SavedView load(const QString &profileId);
    static void save(const QString &profileId, const SavedView &view);
    /// The profile was deleted: its view goes too.
    static void forget(const QString &profileId);
};
