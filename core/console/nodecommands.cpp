#include "console/nodecommands.h"

#include "acl/acltext.h"
#include "console/consolerun.h"
#include "console/subtreecommands.h"
#include "console/zkclitext.h"
#include "jobs/createnodetask.h"
#include "monitor/dynamicconfigreader.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// "-v 3": the version, or nullopt after printing the usage (nothing is sent).
std::optional<int> versionOption(ConsoleRun &run)
{
    if (!run.command().has('v')) return -1;
    bool ok = false;
    const int version = run.command().value('v').toInt(&ok);
    if (!ok || version < -1) {
        run.usage(QCoreApplication::translate("NodeCommands", "version must be a number: %1")
                      .arg(run.command().value('v')));
        return std::nullopt;
    }
    return version;
}

void printStat(ConsoleRun &run, const ZkStat &stat)
{
    run.out(ZkCliText::statLines(stat, run.settings().zone));
}

} // namespace

namespace NodeCommands {

void ls(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    if (c.has('R')) return SubtreeCommands::listRecursive(run);
    const QString path = c.arg(0);
    const bool watch = c.has('w');
    run.session()->getChildren(path, watch, &run, [&run, path, watch](const ChildrenReply &r) {
        if (r.error) return run.fail(r.error, path);
        if (watch) run.noteWatch(path);
        QStringList children = r.children;
        children.sort();
        if (run.settings().json) {
            QJsonObject object{{u"path"_s, path},
                               {u"children"_s, QJsonArray::fromStringList(children)}};
            if (run.command().has('s')) object.insert(u"stat"_s, ZkCliText::statJson(r.stat));
            run.json(object);
        } else {
            run.out(ZkCliText::javaList(children));
            if (run.command().has('s')) printStat(run, r.stat);
        }
        run.finish(true);
    });
}

void get(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    if (c.has('b') && c.has('x'))
        return run.usage(
            QCoreApplication::translate("NodeCommands", "-b and -x exclude each other"));
    const QString path = c.arg(0);
    const bool watch = c.has('w');
    run.session()->getData(path, watch, &run, [&run, path, watch](const DataReply &r) {
        if (r.error) return run.fail(r.error, path);
        if (watch) run.noteWatch(path);
        const ConsoleCommand &c = run.command();
        if (run.settings().json) {
            QJsonObject object{{u"path"_s, path}};
            ZkCliText::putDataJson(object, r.data);
            if (c.has('s')) object.insert(u"stat"_s, ZkCliText::statJson(r.stat));
            run.json(object);
        } else {
            if (c.has('b'))
                run.out(r.data.isNull() ? u"null"_s : QString::fromLatin1(r.data.toBase64()));
            else if (c.has('x'))
                run.out(ZkCliText::hexDump(r.data));
            else
                run.out(ZkCliText::dataText(r.data));
            if (c.has('s')) printStat(run, r.stat);
        }
        run.finish(true);
    });
}

void stat(ConsoleRun &run)
{
    const QString path = run.command().arg(0);
    const bool watch = run.command().has('w');
    run.session()->exists(path, watch, &run, [&run, path, watch](const StatReply &r) {
        if (watch && (r.error.isOk() || r.error.code == ZkCode::NoNode)) run.noteWatch(path);
        if (r.error) return run.fail(r.error, path);
        if (run.settings().json)
            run.json({{u"path"_s, path}, {u"stat"_s, ZkCliText::statJson(r.stat)}});
        else
            printStat(run, r.stat);
        run.finish(true);
    });
}

void set(ConsoleRun &run)
{
    const std::optional<int> version = versionOption(run);
    if (!version) return;
    const QString path = run.command().arg(0);
    QByteArray data = run.command().arg(1).toUtf8();
    if (run.command().has('b')) {
        auto decoded =
            QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return run.usage(
                QCoreApplication::translate("NodeCommands", "the data is not valid base64"));
        data = *decoded;
    }
    run.session()->setData(path, data, *version, &run, [&run, path](const StatReply &r) {
        if (r.error) return run.fail(r.error, path);
        if (run.command().has('s')) printStat(run, r.stat);
        run.finish(true);
    });
}

void create(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    CreateNodeRequest request;
    const QString path = c.arg(0);
    if (path == u"/"_s)
        return run.usage(
            QCoreApplication::translate("NodeCommands", "cannot create the root node"));
    request.parent = ZkPath::parent(path);
    request.name = ZkPath::name(path);
    if (c.args.size() > 1) request.data = c.arg(1).toUtf8(); // none: null data, as in zkCli
    if (c.args.size() > 2) {
        const AclText::Parsed acl =
            AclText::parse(c.arg(2), !run.session()->identities().isEmpty());
        if (!acl.ok()) return run.usage(acl.error);
        request.acl = acl.acl;
    }
    const bool sequential = c.has('s');
    if (c.has('t')) {
        bool ok = false;
        request.ttlMs = c.value('t').toLongLong(&ok);
        if (!ok || request.ttlMs <= 0)
            return run.usage(
                QCoreApplication::translate("NodeCommands", "ttl must be a positive number of ms"));
        if (c.has('e') || c.has('c'))
            return run.usage(QCoreApplication::translate(
                "NodeCommands", "TTLs cannot be used with Ephemeral or Container nodes"));
        request.mode =
            sequential ? CreateMode::PersistentSequentialWithTtl : CreateMode::PersistentWithTtl;
    } else if (c.has('c')) {
        if (c.has('e') || sequential)
            return run.usage(
                QCoreApplication::translate("NodeCommands", "-c cannot be combined with -e or -s"));
        request.mode = CreateMode::Container;
    } else if (c.has('e')) {
        request.mode = sequential ? CreateMode::EphemeralSequential : CreateMode::Ephemeral;
    } else {
        request.mode = sequential ? CreateMode::PersistentSequential : CreateMode::Persistent;
    }
    auto *task = new CreateNodeTask(run.session(), &run);
    QObject::connect(
        task, &CreateNodeTask::finished, &run,
        [&run, path](const CreateReply &r, const QStringList &) {
            if (r.error) return run.fail(r.error, path);
            run.out(QCoreApplication::translate("NodeCommands", "Created %1").arg(r.createdPath));
            run.finish(true);
        });
    task->start(request);
}

void remove(ConsoleRun &run)
{
    const std::optional<int> version = versionOption(run);
    if (!version) return;
    const QString path = run.command().arg(0);
    run.session()->remove(path, *version, &run, [&run, path](const DoneReply &r) {
        if (r.error) return run.fail(r.error, path);
        run.finish(true);
    });
}

void getAcl(ConsoleRun &run)
{
    const QString path = run.command().arg(0);
    run.session()->getAcl(path, &run, [&run, path](const AclReply &r) {
        if (r.error) return run.fail(r.error, path);
        if (run.settings().json) {
            QJsonArray entries;
            for (const ZkAclEntry &entry : r.acl) entries << ZkCliText::aclEntryJson(entry);
            QJsonObject object{{u"path"_s, path}, {u"acl"_s, entries}};
            if (run.command().has('s')) object.insert(u"stat"_s, ZkCliText::statJson(r.stat));
            run.json(object);
        } else {
            run.out(ZkCliText::aclLines(r.acl));
            if (run.command().has('s')) printStat(run, r.stat);
        }
        run.finish(true);
    });
}

void setAcl(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    const AclText::Parsed acl = AclText::parse(c.arg(1), !run.session()->identities().isEmpty());
    if (!acl.ok()) return run.usage(acl.error);
    if (c.has('R')) {
        if (c.has('v'))
            return run.usage(
                QCoreApplication::translate("NodeCommands", "-v cannot be combined with -R"));
        return SubtreeCommands::setAclRecursive(run, acl.acl);
    }
    const std::optional<int> version = versionOption(run);
    if (!version) return;
    const QString path = c.arg(0);
    run.session()->setAcl(path, acl.acl, *version, &run, [&run, path](const DoneReply &r) {
        if (r.error) return run.fail(r.error, path);
        if (!run.command().has('s')) return run.finish(true);
        // The C client's setAcl returns no Stat: read it.
        run.session()->exists(path, false, &run, [&run, path](const StatReply &s) {
            if (s.error) return run.fail(s.error, path);
            printStat(run, s.stat);
            run.finish(true);
        });
    });
}

void sync(ConsoleRun &run)
{
    const QString path = run.command().arg(0);
    run.session()->sync(path, &run, [&run, path](const DoneReply &r) {
        if (r.error) return run.fail(r.error, path);
        run.out(QCoreApplication::translate("NodeCommands", "Sync is OK"));
        run.finish(true);
    });
}

void config(ConsoleRun &run)
{
    const QString path = u"/zookeeper/config"_s;
    // Under a chroot the node is read through a second session (DynamicConfigReader), which
    // cannot keep a watch.
    const bool chrooted = DynamicConfigReader::needsUnchrootedSession(run.session());
    const bool watch = run.command().has('w') && !chrooted;
    if (run.command().has('w') && chrooted)
        run.out(QCoreApplication::translate(
            "NodeCommands",
            "(no watch: under a chroot the configuration is read outside it, through a "
            "short-lived second session)"));
    DynamicConfigReader::read(run.session(), watch, &run, [&run, path, watch](const DataReply &r) {
        if (r.error) return run.fail(r.error, path);
        if (watch) run.noteWatch(path);
        QStringList lines = QString::fromUtf8(r.data).split(u'\n', Qt::SkipEmptyParts);
        if (run.command().has('c')) {
            // zkCli's client form: the version, then host:clientPort of every member.
            QString version;
            QStringList hosts;
            for (const QString &line : std::as_const(lines)) {
                if (line.startsWith(u"version="_s)) version = line.mid(8);
                const qsizetype semicolon = line.lastIndexOf(u';');
                if (line.startsWith(u"server."_s) && semicolon > 0) {
                    QString client = line.mid(semicolon + 1);
                    if (client.startsWith(u"0.0.0.0:"_s))
                        client = line.section(u'=', 1).section(u':', 0, 0) + client.mid(7);
                    hosts << client;
                }
            }
            lines = {version + u' ' + hosts.join(u',')};
        }
        run.out(lines);
        if (run.command().has('s')) printStat(run, r.stat);
        run.finish(true);
    });
}

} // namespace NodeCommands
