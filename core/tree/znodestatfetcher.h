#pragma once

#include "tree/znodestatqueue.h"

#include <QSet>
#include <QString>

#include <deque>

class ZNodeTreeModel;
struct ZNodeItem;
struct StatReply;
struct ZkStat;

/// Fetches the Stats of ZNodeTreeModel's rows with exists(), at most
/// ZNodeTreeModel::kMaxStatRequests outstanding, in two queues:
/// - wanted: rows a view asked data() for, newest first and bounded (ZNodeStatQueue): a row
///   dropped from it is asked for again when the view repaints it;
/// - changed: nodes known to have changed on the server (a watch event), oldest first and never
///   dropped, served before the wanted ones. A node that changes while its exists() is in flight
///   is read again when the reply arrives (ZNodeItem::StatReadAgain), so the Stat shown after a
///   storm is the server's last one.
class ZNodeStatFetcher final
{
public:
    explicit ZNodeStatFetcher(ZNodeTreeModel &model);

    /// A view asked for a Stat this row lacks or has stale. Cheap: sent on the next turn.
    void want(const ZNodeItem *item);
    /// The node changed on the server: its Stat must be read again.
    void refresh(ZNodeItem *item);
    /// Sends what the queues hold, up to the outstanding limit (the model's batch timer).
    void send();
    /// reload(): every request outstanding belongs to the old generation.
    void reset();

private:
    void sendOne(ZNodeItem *item);
    void onReply(const StatReply &reply);
    void apply(ZNodeItem *item, const ZkStat &stat);

    ZNodeTreeModel &m_model;
    ZNodeStatQueue m_wanted;
    std::deque<QString> m_changed;
    QSet<QString> m_changedSet; // what m_changed holds, so a storm queues each node once
    int m_outstanding = 0;      // exists() sent by this generation, not answered yet
};
