#include "clirunner.h"

#include "console/consoleexecutor.h"
#include "linereader.h"
#include "profiles/profilecredentials.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(std::make_unique<ZkSession>())
{ }

CliRunner::~CliRunner()
{
    delete m_executor; // before the session it watches
}

void CliRunner::start()
{
    if (!m_options.profile.isEmpty()) return openProfile();
    SessionOptions options;
    options.connectString = m_options.connect;
    open(options);
}

void CliRunner::openProfile()
{
    ProfileStore store;
    const ProfileLoadReport report = store.load();
    const ConnectionProfile *found = store.findByName(m_options.profile);
    if (!found) {
        print(report.fatalError.isEmpty()
                  ? tr("no saved connection is called \"%1\"").arg(m_options.profile)
                  : report.fatalError,
              ConsoleStream::Err);
        return quit(2);
    }
    const ConnectionProfile profile = *found;
    m_secrets = new SecretStore(u"zkdesk"_s, this);
    readProfileCredentials(*m_secrets, profile, this, [this, profile](const ProfileCredentials &c) {
        // Which entries lack a secret is said; the secrets themselves are never printed.
        for (const ProfileAuth &missing : c.missing)
            print(tr("profile \"%1\": no stored secret for %2 %3: connecting without it")
                      .arg(profile.name, missing.scheme, missing.identity),
                  ConsoleStream::Note);
        // A missing SASL password is refused by the session with its own sentence.
        SessionOptions options =
            profile.toSessionOptions(c.found, c.tlsKeyPassword, c.saslPassword);
        options.readOnly = options.readOnly || profile.opensReadOnly();
        open(options);
    });
}

void CliRunner::open(const SessionOptions &base)
{
    SessionOptions options = base;
    options.connectTimeoutMs = m_options.timeoutMs;
    options.readOnly = options.readOnly || m_options.readOnly;
    options.renewExpiredSession = false;
    connect(m_session.get(), &ZkSession::connectFailed, this, [this](const ZkError &error) {
        print(error.toString(), ConsoleStream::Err);
        quit(2);
    });
    connect(m_session.get(), &ZkSession::stateChanged, this, [this](SessionState state) {
        if (state == SessionState::Connected || state == SessionState::ConnectedReadOnly) {
            m_wasConnected = true;
            if (m_quitWhenConnected) quit(1);
        }
        if (state == SessionState::Expired || state == SessionState::AuthFailed) {
            print(tr("session %1").arg(sessionStateName(state)), ConsoleStream::Err);
            quit(2);
        }
    });
    const ZkError error = m_session->open(options);
    if (error) {
        print(error.toString(), ConsoleStream::Err);
        return quit(2);
    }
    m_executor = new ConsoleExecutor(m_session.get(), true);
    ConsoleSettings settings;
    settings.json = m_options.json;
    m_executor->setSettings(settings);
    connect(m_executor, &ConsoleExecutor::output, this, &CliRunner::print);
    connect(m_executor, &ConsoleExecutor::finished, this, &CliRunner::onFinished);
    connect(m_executor, &ConsoleExecutor::quitRequested, this, [this] { quit(m_failed ? 1 : 0); });
    startReading();
}

void CliRunner::startReading()
{
    // Commands are sent while the session connects: the session holds them until it is up.
    if (!m_options.command.isEmpty()) {
        m_inputEnded = true;
        return feed(m_options.command);
    }
    m_reader = new LineReader(0, this);
    connect(m_reader, &LineReader::line, this, &CliRunner::feed);
    connect(m_reader, &LineReader::ended, this, &CliRunner::onInputEnded);
    if (m_options.file.isEmpty() || m_options.file == u"-") {
        m_interactive = ::isatty(0) == 1;
        prompt();
        return m_reader->start();
    }
    QFile file(m_options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        print(tr("cannot read %1: %2").arg(m_options.file, file.errorString()), ConsoleStream::Err);
        return quit(2);
    }
    m_reader->startWith(file.readAll());
}

void CliRunner::feed(const QString &line)
{
    if (m_reader) m_reader->pause();
    ++m_running;
    m_executor->execute(line);
}

void CliRunner::onFinished(bool ok)
{
    --m_running;
    if (!ok) {
        m_failed = true;
        // Before the first connect a failure may be the connection's (exit code 2, from
        // connectFailed) or the command's own (1): the session's next state tells which.
        if (!m_options.keepGoing) {
            if (m_wasConnected) return quit(1);
            m_quitWhenConnected = true;
            return;
        }
    }
    if (m_inputEnded && m_running == 0) return quit(m_failed ? 1 : 0);
    prompt();
    if (m_reader) m_reader->resume();
}

void CliRunner::prompt()
{
    // Only for a person at a terminal: a script's stdout stays zkCli's output alone.
    if (!m_interactive) return;
    const QString server = m_session->connectedServer().isEmpty()
        ? m_session->connection().displayString()
        : m_session->connectedServer();
    const QByteArray text = u"[zk: %1(%2) %3] "_s.arg(server, sessionStateName(m_session->state()))
                                .arg(m_executor->history().size())
                                .toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void CliRunner::onInputEnded()
{
    m_inputEnded = true;
    if (m_running == 0) quit(m_failed ? 1 : 0);
}

void CliRunner::print(const QString &text, ConsoleStream stream)
{
    FILE *to = stream == ConsoleStream::Out ? stdout : stderr;
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (stream != ConsoleStream::Out) std::fflush(stderr);
}

void CliRunner::quit(int code)
{
    if (m_quitting) return;
    m_quitting = true;
    std::fflush(stdout);
    if (m_executor) m_executor->disconnect(this); // nothing more is printed or counted
    QCoreApplication::exit(code);
}
