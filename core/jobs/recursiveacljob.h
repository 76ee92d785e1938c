#pragma once

#include "acl/aclevaluator.h"
#include "jobs/jobreport.h"
#include "jobs/subtreecrawler.h"
#include "zk/zkacl.h"
#include "zk/zkerror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>

class ZkSession;

/// What preview() found: how many nodes the apply will change.
struct AclApplyPlan
{
    QString root;
    ZkAcl acl;                   ///< the ACL to set, `auth` entries fixed up as the server will
    qint64 nodes = 0;            ///< readable nodes, the root included
    qint64 toChange = 0;         ///< of those, nodes whose ACL differs from `acl`
    qint64 unreadable = 0;       ///< refused reading (NoAuth): left alone, their subtree unknown
    QStringList unreadablePaths; ///< the first 1,000 of them
    qint64 vanished = 0;
    bool cancelled = false;
    ZkError error; ///< the preview failed (root missing, connection lost, ...)
};
Q_DECLARE_METATYPE(AclApplyPlan)

/// The outcome: every node to change is in exactly one of changed, refused, conflicts,
/// vanished, failed, notAttempted and unknown.
struct AclApplyReport : JobReport
{
    QString root;
    qint64 changed = 0;
    qint64 refused = 0;          ///< ZNOAUTH: this session lacks ADMIN on the node
    qint64 conflicts = 0;        ///< ZBADVERSION: the ACL changed since the preview
    qint64 vanished = 0;         ///< deleted meanwhile
    QStringList unreadablePaths; ///< from the preview: not readable, so not touched
    bool isComplete() const
    {
        return !error && !cancelled && changed + vanished == total && unreadablePaths.isEmpty();
    }
};
Q_DECLARE_METATYPE(AclApplyReport)

/// Sets one ACL on a node and all its descendants. preview() crawls the subtree with each
/// node's ACL and counts the nodes that would change; start() sends setAcl to those nodes only,
/// pipelined (setAcl cannot go in a multi), each with the ACL version seen in the preview so a
/// concurrent ACL change is reported as a conflict instead of being overwritten.
class RecursiveAclJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecursiveAclJob)

public:
    explicit RecursiveAclJob(ZkSession *session, QObject *parent = nullptr);

    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }

    /// Crawls `root`; emits previewed(). Nothing is written.
    void preview(const QString &root, const ZkAcl &acl);
    /// Applies what the last preview() planned; finished() with an error when there is none.
    void start();
    /// Stops the preview, or stops sending: replies in flight still count; then finished().
    void cancel();
    bool isRunning() const { return m_phase == Phase::Previewing || m_phase == Phase::Applying; }
    const AclApplyPlan &plan() const { return m_plan; }

signals:
    void previewed(const AclApplyPlan &plan);
    void progress(qint64 done, qint64 total);
    void finished(const AclApplyReport &report);

private:
    enum class Phase { Idle, Previewing, Previewed, Applying };
    struct Target
    {
        QString path;
        int aversion = -1;
    };

    void onCrawled(const CrawlSummary &summary);
    void pump();
    void onReply(const QString &path, const ZkError &error);
    void noteProblem(const QString &path, const ZkError &error);
    void finishApply();

    QPointer<ZkSession> m_session;
    SubtreeCrawler m_crawler;
    Phase m_phase = Phase::Idle;
    AclApplyPlan m_plan;
    std::deque<Target> m_targets; // Planned, not sent yet.
    AclApplyReport m_report;
    int m_inFlight = 0;
    int m_maxInFlight = 500;
    quint64 m_run = 0; // Bumped per start/cancel-with-stop: late replies of an old run ignored.
    bool m_stopping = false;
    QElapsedTimer m_clock;
};
