#include "console/transfercommands.h"

#include "console/consolerun.h"
#include "console/zkclitext.h"
#include "transfer/difftext.h"
#include "transfer/importjob.h"
#include "transfer/subtreeexportjob.h"
#include "transfer/treecomparison.h"
#include "zk/zkpath.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {

// A file argument relative to the working directory, as a shell user means it.
QString localFile(const QString &arg) { return QDir::current().absoluteFilePath(arg); }

void printFailures(ConsoleRun &run, const QList<PathError> &failures)
{
    for (const PathError &failure : failures)
        run.err(ZkCliText::errorLine(failure.error, failure.path));
}

void printPlan(ConsoleRun &run, const ImportJob &job)
{
    const SyncPlan &p = job.plan();
    for (const SyncPlan::Action &a : p.actions)
        if (a.type != SyncPlan::Action::Skip)
            run.out(u"%1 %2"_s.arg(SyncPlan::actionName(a.type),
                                   TransferSnapshot::absolute(job.targetRoot(), a.relPath)));
    run.note(QCoreApplication::translate(
                 "TransferCommands",
                 "dry run: %1 create(s), %2 data update(s), %3 ACL change(s), %4 skipped, %5 "
                 "identical, %6 kind conflict(s)")
                 .arg(p.creates)
                 .arg(p.dataUpdates)
                 .arg(p.aclUpdates)
                 .arg(p.skipped)
                 .arg(p.identical)
                 .arg(p.kindConflicts));
}

} // namespace

namespace TransferCommands {

void exportSubtree(ConsoleRun &run)
{
    const QString root = run.command().arg(0);
    const QString file = localFile(run.command().arg(1));
    auto *job = new SubtreeExportJob(run.session(), &run);
    QObject::connect(job, &SubtreeExportJob::finished, &run, [&run](const ExportReport &r) {
        if (r.error) return run.fail(r.error, r.root);
        for (const QString &path : r.unreadablePaths)
            run.err(
                QCoreApplication::translate(
                    "TransferCommands", "Insufficient permission : %1 (not readable, not exported)")
                    .arg(path));
        run.out(QCoreApplication::translate("TransferCommands",
                                            "exported %1 node(s) of %2 to %3 in %4 ms")
                    .arg(r.nodes)
                    .arg(r.root, r.file)
                    .arg(r.elapsedMs));
        if (r.ephemeralSkipped > 0)
            run.note(QCoreApplication::translate(
                "TransferCommands", "%n ephemeral node(s) listed in the file, not exported",
                nullptr, int(r.ephemeralSkipped)));
        run.finish(r.unreadable == 0);
    });
    job->start(root, file, {.withStat = run.command().has('s')});
}

void importFile(ConsoleRun &run)
{
    const QString root = run.command().arg(0);
    const QString file = localFile(run.command().arg(1));
    SyncOptions options;
    const QString mode = run.command().value('m').toLower();
    if (mode.isEmpty() || mode == u"skip"_s)
        options.conflicts = SyncOptions::Conflicts::Skip;
    else if (mode == u"overwrite"_s)
        options.conflicts = SyncOptions::Conflicts::Overwrite;
    else if (mode == u"stop"_s)
        options.conflicts = SyncOptions::Conflicts::Stop;
    else
        return run.usage(QCoreApplication::translate("TransferCommands",
                                                     "mode must be skip, overwrite or stop"));
    const bool dryRun = run.command().has('n');
    auto *job = new ImportJob(run.session(), &run);
    QObject::connect(job, &ImportJob::prepared, &run, [&run, job, file, dryRun](const ZkError &e) {
        if (e) {
            run.err(QCoreApplication::translate("TransferCommands", "%1: %2")
                        .arg(file, e.message)); // names the file and the place in it
            return run.finish(false);
        }
        if (dryRun) {
            printPlan(run, *job);
            return run.finish(true);
        }
        job->apply();
    });
    QObject::connect(job, &ImportJob::finished, &run, [&run](const SyncReport &r) {
        printFailures(run, r.failures);
        if (r.error) run.err(ZkCliText::errorLine(r.error, r.error.path));
        run.out(QCoreApplication::translate(
                    "TransferCommands",
                    "imported below %1: %2 created, %3 data updated, %4 ACL(s) set; %5 failed, "
                    "%6 not attempted")
                    .arg(r.targetRoot)
                    .arg(r.created)
                    .arg(r.dataUpdated)
                    .arg(r.aclUpdated)
                    .arg(r.failed)
                    .arg(r.notAttempted));
        run.finish(r.isComplete());
    });
    job->prepare(file, root, options);
}

void diff(ConsoleRun &run)
{
    const QString left = run.command().arg(0);
    const QString other = run.command().arg(1);
    const bool againstFile = run.command().has('f');
    const bool countsOnly = run.command().has('c');
    if (!againstFile) {
        if (const QString why = ZkPath::validate(other); !why.isEmpty()) return run.usage(why);
    }
    auto *comparison = new TreeComparison(&run);
    QObject::connect(comparison, &TreeComparison::finished, &run,
                     [&run, comparison, countsOnly](const ZkError &e) {
                         if (e) {
                             run.err(e.message);
                             return run.finish(false);
                         }
                         if (countsOnly) {
                             run.out(DiffText::summary(comparison->diff()));
                             return run.finish(true);
                         }
                         run.out(DiffText::lines(comparison->diff()));
                         run.note(DiffText::summary(comparison->diff()));
                         run.finish(true);
                     });
    TreeComparison::Side right{run.session(), other, {}};
    if (againstFile) right = {nullptr, {}, localFile(other)};
    comparison->start({run.session(), left, {}}, right);
}

} // namespace TransferCommands
