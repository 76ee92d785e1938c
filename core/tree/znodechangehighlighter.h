#pragma once

#include <QHash>
#include <QString>
#include <QTimer>
#include <QVariant>

class ZNodeTreeModel;
struct ZNodeItem;

/// ZNodeTreeModel::ChangedRecentlyRole: rows that changed on the server stay highlighted for
/// kHighlightMs, fading; the rows are re-signalled every 100 ms while they fade.
class ZNodeChangeHighlighter final
{
public:
    explicit ZNodeChangeHighlighter(ZNodeTreeModel &model);

    void markChanged(const ZNodeItem *item);
    /// The role's value: (0, 1], 1 = just changed; invalid when the row did not change lately.
    QVariant shade(const ZNodeItem *item) const;
    void reset();

private:
    void onFadeTimer();

    ZNodeTreeModel &m_model;
    QHash<QString, qint64> m_changedAt; // path -> when it changed (ms since epoch)
    QTimer m_fadeTimer;
};
