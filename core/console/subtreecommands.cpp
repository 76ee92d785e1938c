#include "console/subtreecommands.h"

#include "console/consolerun.h"
#include "console/zkclitext.h"
#include "jobs/recursiveacljob.h"
#include "jobs/recursivedeletejob.h"
#include "jobs/subtreecrawler.h"
#include "util/statformat.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using NodeVisitor = std::function<void(const CrawledNode &)>;
using CrawlDone = std::function<void(const CrawlSummary &)>;

// Crawls `root` for `run`; `visit` sees every node, `done` the summary (errors already printed).
void crawl(ConsoleRun &run, const QString &root, NodeVisitor visit, CrawlDone done)
{
    auto *crawler = new SubtreeCrawler(run.session(), &run);
    QObject::connect(crawler, &SubtreeCrawler::nodesFound, &run,
                     [visit](const QList<CrawledNode> &nodes) {
                         for (const CrawledNode &node : nodes) visit(node);
                     });
    QObject::connect(crawler, &SubtreeCrawler::finished, &run,
                     [&run, root, done](const CrawlSummary &summary) {
                         if (summary.error) return run.fail(summary.error, root);
                         if (summary.refused > 0)
                             run.note(QCoreApplication::translate(
                                 "SubtreeCommands",
                                 "%n node(s) could not be read (no READ permission) and "
                                 "are left out, with what is below them",
                                 nullptr, int(summary.refused)));
                         done(summary);
                     });
    crawler->start(root);
}

// zkCli's ZKUtil.listSubTreeBFS order: level by level, each node's children by name.
QStringList breadthFirst(const QString &root, const QHash<QString, QStringList> &children)
{
    QStringList order{root};
    for (qsizetype i = 0; i < order.size(); ++i) {
        QStringList kids = children.value(order[i]);
        kids.sort();
        order << kids;
    }
    return order;
}

} // namespace

namespace SubtreeCommands {

void listRecursive(ConsoleRun &run)
{
    const QString root = run.command().arg(0);
    auto children = std::make_shared<QHash<QString, QStringList>>();
    crawl(
        run, root,
        [children, root](const CrawledNode &node) {
            if (node.path != root) (*children)[ZkPath::parent(node.path)] << node.path;
        },
        [&run, children, root](const CrawlSummary &) {
            const QStringList paths = breadthFirst(root, *children);
            if (run.settings().json)
                run.json({{u"path"_s, root}, {u"paths"_s, QJsonArray::fromStringList(paths)}});
            else
                run.out(paths);
            run.finish(true);
        });
}

void getEphemerals(ConsoleRun &run)
{
    const QString root = run.command().arg(0, u"/"_s);
    const qint64 sessionId = run.session()->sessionId();
    auto found = std::make_shared<QStringList>();
    crawl(
        run, root,
        [found, sessionId](const CrawledNode &node) {
            if (node.stat.ephemeralOwner == sessionId && sessionId != 0) *found << node.path;
        },
        [&run, found, sessionId](const CrawlSummary &summary) {
            found->sort();
            run.note(QCoreApplication::translate(
                         "SubtreeCommands",
                         "computed on the client (the 3.8 C client has no getEphemerals): the "
                         "ephemeral nodes of session %1 among %n readable node(s)",
                         nullptr, int(summary.nodes))
                         .arg(StatFormat::formatSessionId(sessionId)));
            run.out(ZkCliText::javaList(*found));
            run.finish(true);
        });
}

void getAllChildrenNumber(ConsoleRun &run)
{
    const QString root = run.command().arg(0);
    crawl(
        run, root, [](const CrawledNode &) {},
        [&run](const CrawlSummary &summary) {
            run.note(QCoreApplication::translate(
                "SubtreeCommands",
                "computed on the client (the 3.8 C client has no getAllChildrenNumber): "
                "a crawl of the readable subtree"));
            run.out(QString::number(qMax<qint64>(0, summary.nodes - 1)));
            run.finish(true);
        });
}

void deleteAll(ConsoleRun &run)
{
    const QString root = run.command().arg(0);
    if (root == u"/"_s || root == u"/zookeeper"_s || ZkPath::isAncestor(u"/zookeeper"_s, root))
        return run.usage(
            QCoreApplication::translate("SubtreeCommands",
                                        "%1 cannot be deleted (it holds the server's own nodes)")
                .arg(root));
    RecursiveDeleteJob::Options options;
    if (run.command().has('b')) {
        bool ok = false;
        options.batchOps = run.command().value('b').toInt(&ok);
        if (!ok || options.batchOps <= 0)
            return run.usage(QCoreApplication::translate("SubtreeCommands",
                                                         "batch size must be a positive number"));
    }
    auto *job = new RecursiveDeleteJob(run.session(), &run);
    job->setOptions(options);
    QObject::connect(job, &RecursiveDeleteJob::finished, &run, [&run, root](const DeleteReport &r) {
        if (r.error) return run.fail(r.error, root);
        for (const PathError &failure : r.failures)
            run.err(ZkCliText::errorLine(failure.error, failure.path));
        if (!r.isComplete()) {
            run.err(QCoreApplication::translate("SubtreeCommands",
                                                "deleteall %1: %2 node(s) deleted, %3 remain")
                        .arg(root)
                        .arg(r.deleted)
                        .arg(r.remaining()));
            return run.finish(false);
        }
        run.finish(true);
    });
    job->start(root);
}

void setAclRecursive(ConsoleRun &run, const ZkAcl &acl)
{
    const QString root = run.command().arg(0);
    auto *job = new RecursiveAclJob(run.session(), &run);
    QObject::connect(job, &RecursiveAclJob::previewed, &run,
                     [&run, job, root](const AclApplyPlan &plan) {
                         if (plan.error) return run.fail(plan.error, root);
                         job->start();
                     });
    QObject::connect(job, &RecursiveAclJob::finished, &run, [&run, root](const AclApplyReport &r) {
        if (r.error) return run.fail(r.error, root);
        for (const PathError &failure : r.failures)
            run.err(ZkCliText::errorLine(failure.error, failure.path));
        for (const QString &path : r.unreadablePaths)
            run.err(QCoreApplication::translate(
                        "SubtreeCommands",
                        "Insufficient permission : %1 (not readable, left unchanged)")
                        .arg(path));
        run.finish(r.isComplete());
    });
    job->preview(root, acl);
}

} // namespace SubtreeCommands
