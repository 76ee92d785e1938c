#pragma once

#include "quota/quotavalues.h"
#include "zk/zkerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QuotaScan;
class ZkSession;

/// Sets and clears quotas the way zkCli's setquota/delquota do, on the same layout, so each tool
/// reads what the other wrote. Setting follows zkCli's nesting rule: a quota cannot sit on a node
/// below or above another quota ("/a/b has a parent /a which has a quota"). One operation at a
/// time; finished() comes exactly once per call, asynchronously.
class QuotaEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaEditor)

public:
    explicit QuotaEditor(ZkSession *session, QObject *parent = nullptr);

    /// Sets one limit of `path`'s quota (creating the quota when there is none), keeping the
    /// others. Refused before anything is written: a value out of range, a missing node, a path
    /// under /zookeeper/quota, a quota above or below.
    void setLimit(const QString &path, QuotaField field, qint64 value);
    /// Clears one limit (back to -1), or with `all` the whole quota (its nodes are deleted, and
    /// quota parents left empty).
    void clear(const QString &path, QuotaField field, bool all);

signals:
    /// `warnings`: zkCli's "[Warning]: the count quota you create is less than ..." lines.
    void finished(const ZkError &error, const QStringList &warnings);

private:
    void onScanned(const ZkError &error);
    void checkNesting();
    void createQuotaNodes();
    void readNewUsage();
    void noteShrinkingLimit();
    void writeLimits();
    void clearScanned();
    void deleteUpwards(const QStringList &nodes);
    void finish(const ZkError &error);

    QPointer<ZkSession> m_session;
    QuotaScan *m_scan;
    enum class Action { Set, ClearField, ClearAll } m_action = Action::Set;
    QString m_path;
    QuotaField m_field = QuotaField::Count;
    qint64 m_value = -1;
    NodeQuota m_current;
    QStringList m_warnings;
    quint64 m_run = 0;
    bool m_running = false;
};
