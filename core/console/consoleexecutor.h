#pragma once

#include "console/consoleoutput.h"
#include "console/consolerun.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>

class SubtreeWatcher;
class ZkSession;
struct NodeEvent;

/// A zkCli-compatible console on one ZkSession, for the console dock and zkdesk-cli: it parses a
/// line (ConsoleGrammar), refuses bad input with zkCli's usage lines before anything is sent,
/// and runs the command asynchronously through the same core operations as the GUI (the
/// session's calls, the subtree jobs, core/quota). Lines given while a command runs wait their
/// turn; finished() comes once per line, in order.
class ConsoleExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleExecutor)

public:
    /// `ownsSession`: connect and close act on the session (zkdesk-cli); otherwise the session
    /// is the window's, and they are refused with a pointer to the connection bar.
    ConsoleExecutor(ZkSession *session, bool ownsSession, QObject *parent = nullptr);
    ~ConsoleExecutor() override;

    void setSettings(const ConsoleSettings &settings) { m_settings = settings; }
    const ConsoleSettings &settings() const { return m_settings; }
    ZkSession *session() const { return m_session; }

    void execute(const QString &line);
    /// Stops the running command (its late replies are dropped) and forgets queued lines.
    void cancel();
    bool isBusy() const { return m_run || !m_queue.isEmpty(); }

    /// The commands run so far, oldest first (history numbers are indexes here).
    QStringList history() const { return m_history; }
    void setHistory(const QStringList &history) { m_history = history; }
    bool printWatches() const { return m_printWatches; }

signals:
    void output(const QString &text, ConsoleStream stream);
    /// One per line given to execute(); `ok` false when it printed an error.
    void finished(bool ok);
    void quitRequested();

private:
    void startNext();
    void run(const ConsoleCommand &command);
    bool runLocal(ConsoleRun &run);
    void onRunFinished(bool ok);
    void onNodeEvent(const NodeEvent &event);
    void historyCommand(ConsoleRun &run);
    ConsoleParse resolveRedo(const ConsoleParse &parse) const;
    void connectCommand(ConsoleRun &run);
    void addAuth(ConsoleRun &run);
    void whoAmI(ConsoleRun &run);
    void addWatch(ConsoleRun &run);
    void removeWatches(ConsoleRun &run);

    QPointer<ZkSession> m_session;
    bool m_ownsSession;
    ConsoleSettings m_settings;
    QQueue<QString> m_queue;
    QPointer<ConsoleRun> m_run;
    QStringList m_history;
    bool m_printWatches = true;
    QSet<QString> m_oneShotWatches;             // paths whose console-set watch has not fired yet
    SubtreeWatcher *m_subtreeWatcher = nullptr; // addWatch's emulation, created on first use
};
