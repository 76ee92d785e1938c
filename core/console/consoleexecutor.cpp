#include "console/consoleexecutor.h"

#include "console/nodecommands.h"
#include "console/quotacommands.h"
#include "console/subtreecommands.h"
#include "console/transfercommands.h"
#include "console/zkclitext.h"
#include "watchlog/subtreewatcher.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

using Command = void (*)(ConsoleRun &);

const QHash<QString, Command> &sessionCommands()
{
    static const QHash<QString, Command> table{
        {u"ls"_s, NodeCommands::ls},
        {u"get"_s, NodeCommands::get},
        {u"stat"_s, NodeCommands::stat},
        {u"set"_s, NodeCommands::set},
        {u"create"_s, NodeCommands::create},
        {u"delete"_s, NodeCommands::remove},
        {u"getAcl"_s, NodeCommands::getAcl},
        {u"setAcl"_s, NodeCommands::setAcl},
        {u"sync"_s, NodeCommands::sync},
        {u"config"_s, NodeCommands::config},
        {u"deleteall"_s, SubtreeCommands::deleteAll},
        {u"getEphemerals"_s, SubtreeCommands::getEphemerals},
        {u"getAllChildrenNumber"_s, SubtreeCommands::getAllChildrenNumber},
        {u"export"_s, TransferCommands::exportSubtree},
        {u"import"_s, TransferCommands::importFile},
        {u"diff"_s, TransferCommands::diff},
        {u"setquota"_s, QuotaCommands::setQuota},
        {u"listquota"_s, QuotaCommands::listQuota},
        {u"delquota"_s, QuotaCommands::delQuota},
    };
    return table;
}

// Commands whose first argument is a znode path, checked before anything is sent.
bool takesPath(const QString &name)
{
    static const QSet<QString> names{u"addWatch"_s,
                                     u"create"_s,
                                     u"delete"_s,
                                     u"deleteall"_s,
                                     u"delquota"_s,
                                     u"diff"_s,
                                     u"export"_s,
                                     u"import"_s,
                                     u"get"_s,
                                     u"getAcl"_s,
                                     u"getAllChildrenNumber"_s,
                                     u"getEphemerals"_s,
                                     u"listquota"_s,
                                     u"ls"_s,
                                     u"removewatches"_s,
                                     u"set"_s,
                                     u"setAcl"_s,
                                     u"setquota"_s,
                                     u"stat"_s,
                                     u"sync"_s};
    return names.contains(name);
}

QString eventTypeName(NodeEventType type)
{
    switch (type) {
    case NodeEventType::Created:
        return u"NodeCreated"_s;
    case NodeEventType::Deleted:
        return u"NodeDeleted"_s;
    case NodeEventType::DataChanged:
        return u"NodeDataChanged"_s;
    case NodeEventType::ChildrenChanged:
        return u"NodeChildrenChanged"_s;
    case NodeEventType::WatchRemoved:
        break;
    }
    return u"DataWatchRemoved"_s;
}

} // namespace

ConsoleExecutor::ConsoleExecutor(ZkSession *session, bool ownsSession, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ownsSession(ownsSession)
{
    connect(session, &ZkSession::nodeEvent, this, &ConsoleExecutor::onNodeEvent);
}

ConsoleExecutor::~ConsoleExecutor() = default;

void ConsoleExecutor::execute(const QString &line)
{
    m_queue.enqueue(line);
    if (!m_run) startNext();
}

void ConsoleExecutor::cancel()
{
    m_queue.clear();
    if (!m_run) return;
    ConsoleRun *running = m_run;
    m_run = nullptr;
    running->disconnect(this);
    delete running; // drops its callbacks and stops its jobs
    emit output(tr("cancelled"), ConsoleStream::Err);
    emit finished(false);
}

void ConsoleExecutor::startNext()
{
    while (!m_run && !m_queue.isEmpty()) {
        const ConsoleParse parse = resolveRedo(ConsoleGrammar::parse(m_queue.dequeue()));
        if (parse.isEmpty()) {
            emit finished(true);
            continue;
        }
        if (!parse.ok()) {
            if (!parse.command.text.isEmpty()) m_history << parse.command.text;
            for (const QString &line : parse.errorLines) emit output(line, ConsoleStream::Err);
            emit finished(false);
            continue;
        }
        m_history << parse.command.text;
        run(parse.command);
    }
}

void ConsoleExecutor::run(const ConsoleCommand &command)
{
    auto *run = new ConsoleRun(m_session, m_settings, command, this);
    m_run = run;
    connect(run, &ConsoleRun::output, this, &ConsoleExecutor::output);
    connect(run, &ConsoleRun::watchSet, this,
            [this](const QString &path) { m_oneShotWatches << path; });
    connect(run, &ConsoleRun::finished, this, &ConsoleExecutor::onRunFinished);
    const QString path = command.arg(0);
    if (takesPath(command.name) && !path.isEmpty()) {
        const QString why = ZkPath::validate(path);
        if (!why.isEmpty()) return run->usage(why);
    }
    if (const Command handler = sessionCommands().value(command.name)) return handler(*run);
    if (!runLocal(*run)) run->usage();
}

bool ConsoleExecutor::runLocal(ConsoleRun &run)
{
    const QString name = run.command().name;
    if (name == u"help") {
        run.out(ConsoleGrammar::helpLines());
        run.finish(true);
    } else if (name == u"version") {
        run.out(tr("zkdesk console %1 (ZooKeeper C client 3.8, zkCli 3.8 syntax)")
                    .arg(QCoreApplication::applicationVersion()));
        run.finish(true);
    } else if (name == u"history") {
        historyCommand(run);
    } else if (name == u"printwatches") {
        const QString arg = run.command().arg(0);
        if (arg.isEmpty())
            run.out(m_printWatches ? u"printwatches is on"_s : u"printwatches is off"_s);
        else if (arg == u"on" || arg == u"off")
            m_printWatches = arg == u"on";
        else
            return run.usage(), true;
        run.finish(true);
    } else if (name == u"quit") {
        emit quitRequested(); // first: nothing queued after quit may start
        run.finish(true);
    } else if (name == u"connect" || name == u"close") {
        connectCommand(run);
    } else if (name == u"addauth") {
        addAuth(run);
    } else if (name == u"whoami") {
        whoAmI(run);
    } else if (name == u"addWatch") {
        addWatch(run);
    } else if (name == u"removewatches") {
        removeWatches(run);
    } else {
        return false;
    }
    return true;
}

void ConsoleExecutor::onRunFinished(bool ok)
{
    if (ConsoleRun *run = m_run) {
        m_run = nullptr;
        run->deleteLater();
    }
    emit finished(ok);
    startNext();
}

void ConsoleExecutor::onNodeEvent(const NodeEvent &event)
{
    bool ours = m_oneShotWatches.remove(event.path);
    if (m_subtreeWatcher && m_subtreeWatcher->isWatched(event.path)) ours = true;
    if (!ours || !m_printWatches) return;
    emit output(u"WATCHER::"_s, ConsoleStream::Out);
    emit output(u"WatchedEvent state:SyncConnected type:%1 path:%2"_s.arg(eventTypeName(event.type),
                                                                          event.path),
                ConsoleStream::Out);
}

void ConsoleExecutor::historyCommand(ConsoleRun &run)
{
    for (qsizetype i = qMax<qsizetype>(0, m_history.size() - 11); i < m_history.size(); ++i)
        run.out(u"%1 - %2"_s.arg(i).arg(m_history[i]));
    run.finish(true);
}

ConsoleParse ConsoleExecutor::resolveRedo(const ConsoleParse &parse) const
{
    if (!parse.ok() || parse.command.name != u"redo") return parse;
    bool ok = false;
    const int index = parse.command.arg(0).toInt(&ok);
    if (!ok || index < 0 || index >= m_history.size()) {
        ConsoleParse refused;
        refused.command.text = parse.command.text;
        refused.errorLines << tr("Command index out of range") << u"redo cmdno"_s;
        return refused;
    }
    // Runs (and is recorded) as the command it repeats, like zkCli's redo.
    return ConsoleGrammar::parse(m_history[index]);
}

void ConsoleExecutor::connectCommand(ConsoleRun &run)
{
    if (!m_ownsSession) {
        run.err(tr("%1: this console shares the window's connection; use the connection bar to "
                   "connect or disconnect")
                    .arg(run.command().name));
        return run.finish(false);
    }
    if (run.command().name == u"close") {
        m_session->close();
        return run.finish(true);
    }
    SessionOptions options = m_session->options();
    options.connectString = run.command().arg(0);
    const ZkError error = m_session->open(options);
    if (error) return run.usage(error.message);
    auto settle = [&run](bool ok) { run.finish(ok); };
    connect(m_session, &ZkSession::stateChanged, &run, [settle](SessionState state) {
        if (state == SessionState::Connected || state == SessionState::ConnectedReadOnly)
            settle(true);
    });
    connect(m_session, &ZkSession::connectFailed, &run, [&run](const ZkError &e) {
        run.err(e.toString());
        run.finish(false);
    });
}

void ConsoleExecutor::addAuth(ConsoleRun &run)
{
    ZkAuthEntry entry{run.command().arg(0), run.command().arg(1).toUtf8()};
    if (entry.scheme == u"digest" && !entry.credentials.contains(':'))
        return run.usage(tr("digest credentials have the form user:password"));
    // The history must not keep the secret: only "addauth digest alice".
    if (!m_history.isEmpty())
        m_history.last() =
            u"addauth %1 %2"_s.arg(entry.scheme, entry.displayName().section(u':', 1));
    connect(m_session, &ZkSession::authFailed, &run,
            [&run](const ZkAuthEntry &failed, const ZkError &e) {
                run.err(tr("addauth %1 failed: %2").arg(failed.displayName(), e.toString()));
                run.finish(false);
            });
    m_session->addAuth(entry);
    // Requests wait for pending auth, so this reply comes after the server's answer to it.
    m_session->exists(u"/"_s, false, &run, [&run](const StatReply &) { run.finish(true); });
}

void ConsoleExecutor::whoAmI(ConsoleRun &run)
{
    run.note(tr("computed on the client (the 3.8 C client has no whoami): the identities this "
                "session added; the server also knows this client by its address"));
    run.out(u"Auth scheme: User"_s);
    for (const QString &identity : m_session->identities())
        run.out(u"%1: %2"_s.arg(identity.section(u':', 0, 0), identity.section(u':', 1)));
    run.finish(true);
}

void ConsoleExecutor::addWatch(ConsoleRun &run)
{
    const QString mode = run.command().value('m');
    if (!mode.isEmpty() && mode != u"PERSISTENT" && mode != u"PERSISTENT_RECURSIVE")
        return run.usage(tr("mode must be PERSISTENT or PERSISTENT_RECURSIVE"));
    if (!m_subtreeWatcher) m_subtreeWatcher = new SubtreeWatcher(m_session, this);
    const QString root = run.command().arg(0);
    connect(m_subtreeWatcher, &SubtreeWatcher::subtreeReady, &run,
            [&run, root](const QString &ready, int nodes, bool capped) {
                if (ready != root) return;
                run.note(
                    tr("emulated on the client (the 3.8 C client has no addWatch): one-shot "
                       "watches on %1 node(s) of the subtree, re-armed after each event%2")
                        .arg(nodes)
                        .arg(capped ? tr(" (capped: some nodes are not watched)") : QString()));
                run.finish(true);
            });
    for (const QString &watched : m_subtreeWatcher->roots()) {
        if (watched == root || ZkPath::isAncestor(watched, root)) {
            run.note(tr("%1 is already watched (addWatch %2)").arg(root, watched));
            return run.finish(true);
        }
    }
    m_subtreeWatcher->watchSubtree(root);
}

void ConsoleExecutor::removeWatches(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    const QString path = c.arg(0);
    if (m_subtreeWatcher && m_subtreeWatcher->roots().contains(path)) {
        m_subtreeWatcher->unwatchSubtree(path);
        return run.finish(true);
    }
    const bool children = c.has('c') || c.has('a');
    const bool data = c.has('d') || c.has('a') || !children;
    auto pending = std::make_shared<int>(int(children) + int(data));
    auto anyOk = std::make_shared<bool>(false);
    const auto done = [&run, pending, anyOk, path](const DoneReply &r) {
        if (r.error.isOk())
            *anyOk = true;
        else if (r.error.code != ZkCode::NoWatcher)
            return run.fail(r.error, path);
        if (--*pending > 0) return;
        if (*anyOk) return run.finish(true);
        run.err(tr("No watcher found for path: %1").arg(path));
        run.finish(false);
    };
    if (children) m_session->removeWatches(path, true, &run, done);
    if (data) m_session->removeWatches(path, false, &run, done);
}
