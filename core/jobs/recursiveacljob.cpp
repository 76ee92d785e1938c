#include "jobs/recursiveacljob.h"

#include "jobs/leveledbatchrunner.h"
#include "zk/zksession.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

RecursiveAclJob::RecursiveAclJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_crawler(session, this)
{
    connect(&m_crawler, &SubtreeCrawler::nodesFound, this, [this](const QList<CrawledNode> &nodes) {
        for (const CrawledNode &n : nodes) {
            ++m_plan.nodes;
            if (AclEvaluator::sameAcl(n.acl, m_plan.acl)) continue;
            ++m_plan.toChange;
            m_targets.push_back({n.path, n.stat.aversion});
        }
    });
    connect(&m_crawler, &SubtreeCrawler::progress, this,
            [this](qint64 done, qint64 known, double) { emit progress(done, known); });
    connect(&m_crawler, &SubtreeCrawler::finished, this, &RecursiveAclJob::onCrawled);
}

void RecursiveAclJob::preview(const QString &root, const ZkAcl &acl)
{
    cancel();
    m_plan = {};
    m_plan.root = root;
    m_targets.clear();
    if (!m_session) {
        m_plan.error = ZkError::make(ZkCode::Closing,
                                     QCoreApplication::translate("RecursiveAclJob", "no session"));
        emit previewed(m_plan);
        return;
    }
    // Compare with what the server will store, so that nodes already carrying the ACL (with
    // `auth` resolved to this session's ids) are not counted or rewritten.
    m_plan.acl = AclEvaluator::fixup(acl, SessionIdentities::fromSession(*m_session));
    m_phase = Phase::Previewing;
    SubtreeCrawler::Options options;
    options.fetchAcl = true;
    m_crawler.start(root, options);
}

void RecursiveAclJob::onCrawled(const CrawlSummary &summary)
{
    m_plan.unreadable = summary.refused;
    m_plan.unreadablePaths = summary.refusedPaths;
    m_plan.vanished = summary.vanished;
    m_plan.cancelled = summary.cancelled;
    m_plan.error = summary.error;
    if (!m_plan.error && m_plan.nodes == 0 && summary.refused > 0)
        m_plan.error = ZkError::make(
            ZkCode::NoAuth,
            QCoreApplication::translate("RecursiveAclJob", "this session cannot read %1")
                .arg(m_plan.root),
            m_plan.root);
    m_phase = (m_plan.error || m_plan.cancelled) ? Phase::Idle : Phase::Previewed;
    emit previewed(m_plan);
}

void RecursiveAclJob::start()
{
    m_report = {};
    m_report.root = m_plan.root;
    if (m_phase != Phase::Previewed) {
        m_report.error = m_plan.error
            ? m_plan.error
            : ZkError::make(ZkCode::BadArguments,
                            QCoreApplication::translate("RecursiveAclJob", "preview first"));
        emit finished(m_report);
        return;
    }
    if (m_session && m_session->options().readOnly) {
        // Known not to be applied, so not "unknown": nothing is sent.
        m_report.total = m_report.notAttempted = qint64(m_targets.size());
        m_report.unreadablePaths = m_plan.unreadablePaths;
        m_report.error = ZkError::make(
            ZkCode::NotReadOnly,
            QCoreApplication::translate("RecursiveAclJob",
                                        "this connection is read-only: ACLs cannot be changed"),
            m_plan.root);
        emit finished(m_report);
        return;
    }
    m_phase = Phase::Applying;
    ++m_run;
    m_stopping = false;
    m_report.total = qint64(m_targets.size());
    m_report.unreadablePaths = m_plan.unreadablePaths;
    m_inFlight = 0;
    m_clock.start();
    emit progress(0, m_report.total);
    pump();
}

void RecursiveAclJob::cancel()
{
    if (m_phase == Phase::Previewing) {
        m_crawler.cancel(); // emits finished(cancelled) -> onCrawled
        return;
    }
    if (m_phase != Phase::Applying) return;
    m_report.cancelled = true;
    m_stopping = true;
    m_report.notAttempted += qint64(m_targets.size());
    m_targets.clear();
    if (m_inFlight == 0) finishApply();
}

void RecursiveAclJob::pump()
{
    if (!m_session) {
        m_report.error = ZkError::make(
            ZkCode::Closing, QCoreApplication::translate("RecursiveAclJob", "no session"));
        m_stopping = true;
    }
    while (!m_stopping && m_inFlight < m_maxInFlight && !m_targets.empty()) {
        const Target t = m_targets.front();
        m_targets.pop_front();
        ++m_inFlight;
        const quint64 run = m_run;
        m_session->setAcl(t.path, m_plan.acl, t.aversion, this,
                          [this, run, path = t.path](const DoneReply &r) {
                              if (run != m_run) return;
                              --m_inFlight;
                              onReply(path, r.error);
                          });
    }
    if (m_stopping) {
        m_report.notAttempted += qint64(m_targets.size());
        m_targets.clear();
    }
    if (m_inFlight == 0 && m_targets.empty()) finishApply();
}

void RecursiveAclJob::onReply(const QString &path, const ZkError &error)
{
    switch (error.code) {
    case ZkCode::Ok:
        ++m_report.changed;
        break;
    case ZkCode::NoNode:
        ++m_report.vanished;
        break;
    case ZkCode::NoAuth:
        ++m_report.refused;
        noteProblem(path,
                    ZkError::make(error.code,
                                  QCoreApplication::translate(
                                      "RecursiveAclJob", "refused: this session lacks ADMIN on it"),
                                  path));
        break;
    case ZkCode::BadVersion:
        ++m_report.conflicts;
        noteProblem(
            path,
            ZkError::make(error.code,
                          QCoreApplication::translate("RecursiveAclJob",
                                                      "its ACL was changed by someone else since "
                                                      "the preview; not overwritten"),
                          path));
        break;
    case ZkCode::NotReadOnly: // a read-only server: refused, and so will the rest be
        ++m_report.failed;
        noteProblem(path, error);
        if (!m_report.error) m_report.error = error;
        m_stopping = true;
        break;
    default:
        if (LeveledBatchRunner::isOpLevelError(error.code)) {
            ++m_report.failed;
            noteProblem(path, error);
        } else {
            // Connection lost, session expired, closed: whether it was applied is unknown, and
            // nothing more is sent.
            ++m_report.unknown;
            if (!m_report.error) m_report.error = error;
            m_stopping = true;
        }
        break;
    }
    const qint64 done = m_report.changed + m_report.vanished + m_report.refused + m_report.conflicts
        + m_report.failed + m_report.unknown;
    if (done % 50 == 0 || done == m_report.total) emit progress(done, m_report.total);
    pump();
}

void RecursiveAclJob::noteProblem(const QString &path, const ZkError &error)
{
    m_report.addFailure(path, error);
}

void RecursiveAclJob::finishApply()
{
    if (m_phase != Phase::Applying) return;
    m_phase = Phase::Idle;
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}
