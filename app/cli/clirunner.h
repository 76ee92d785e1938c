#pragma once

#include "clioptions.h"
#include "console/consoleoutput.h"

#include <QObject>
#include <QQueue>

#include <memory>

class ConsoleExecutor;
class LineReader;
class SecretStore;
class ZkSession;
struct SessionOptions;

/// Runs zkdesk-cli: opens the session (from --connect or a saved profile, secrets from the
/// keychain), feeds the commands to a ConsoleExecutor one at a time and quits the event loop
/// with the exit code: 0 when all succeeded, 1 after a failed command (the first, unless
/// --keep-going), 2 when the connection could not be made.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Starts; QCoreApplication::exit(code) follows.
    void start();

private:
    void openProfile();
    void open(const SessionOptions &options);
    void startReading();
    void feed(const QString &line);
    void onFinished(bool ok);
    void onInputEnded();
    void print(const QString &text, ConsoleStream stream);
    void prompt();
    void quit(int code);

    CliOptions m_options;
    std::unique_ptr<ZkSession> m_session;
    ConsoleExecutor *m_executor = nullptr;
    LineReader *m_reader = nullptr;
    SecretStore *m_secrets = nullptr;
    int m_running = 0; // lines given to the executor, not finished yet
    bool m_inputEnded = false;
    bool m_failed = false;
    bool m_wasConnected = false;
    bool m_quitWhenConnected = false;
    bool m_quitting = false;
    bool m_interactive = false; // stdin is a terminal: print a prompt
};
