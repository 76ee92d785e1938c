#pragma once

#include "console/consolegrammar.h"
#include "console/consoleoutput.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimeZone>

#include "zk/zksession.h"

/// What a command may read of the console's settings.
struct ConsoleSettings
{
    bool json = false; ///< ls, get, stat, getAcl print one JSON object instead of zkCli's text
    QTimeZone zone = QTimeZone::systemTimeZone();
};

/// One running command: the owner of its callbacks and jobs (deleting it drops them), the
/// place it prints to, and its single finish(). Commands are functions that take a run.
class ConsoleRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleRun)

public:
    ConsoleRun(ZkSession *session, const ConsoleSettings &settings, const ConsoleCommand &command,
               QObject *parent);

    ZkSession *session() const { return m_session; }
    const ConsoleSettings &settings() const { return m_settings; }
    const ConsoleCommand &command() const { return m_command; }

    void out(const QString &line) { emit output(line, ConsoleStream::Out); }
    void out(const QStringList &lines);
    void err(const QString &line) { emit output(line, ConsoleStream::Err); }
    void note(const QString &line) { emit output(line, ConsoleStream::Note); }
    void json(const QJsonObject &object);
    /// Prints zkCli's line for `error` and finishes with failure.
    void fail(const ZkError &error, const QString &path = {});
    /// The usage line of this command, and failure.
    void usage(const QString &why = {});
    /// Exactly once; later calls are ignored.
    void finish(bool ok);
    bool isFinished() const { return m_finished; }
    /// A one-shot watch this command set (printed when it fires, if printwatches is on).
    void noteWatch(const QString &path) { emit watchSet(path); }

signals:
    void output(const QString &text, ConsoleStream stream);
    void watchSet(const QString &path);
    void finished(bool ok);

private:
    QPointer<ZkSession> m_session;
    ConsoleSettings m_settings;
    ConsoleCommand m_command;
    bool m_finished = false;
};
