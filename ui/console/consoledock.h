#pragma once

#include "console/consoleoutput.h"

#include <QDockWidget>

#include <functional>

class ConsoleExecutor;
class ConsoleInput;
class QLabel;
class QPlainTextEdit;
class ZkSession;

/// The console dock of a connection: zkCli commands on the window's own session (so its
/// read-only state and auth apply), run by ConsoleExecutor, with a prompt, output, history kept
/// per saved connection, and Tab completion of paths from the server.
class ConsoleDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleDock)

public:
    static constexpr int kMaxHistory = 500;

    explicit ConsoleDock(ZkSession *session, QWidget *parent = nullptr);

    /// Names the history to use (the profile's name, else the connection string); read when a
    /// session starts. Without it the history is shared by every connection.
    void setHistoryKeyProvider(std::function<QString()> provider);

    ConsoleExecutor *executor() const { return m_executor; }
    ConsoleInput *input() const { return m_input; }
    QPlainTextEdit *output() const { return m_output; }
    /// Runs `line` as if typed.
    void run(const QString &line);
    /// Completes the path under the input's cursor (what Tab does).
    void completePath();

private:
    void append(const QString &text, ConsoleStream stream);
    void loadHistory();
    void saveHistory();
    void updatePrompt();

    ZkSession *m_session;
    ConsoleExecutor *m_executor;
    QPlainTextEdit *m_output;
    ConsoleInput *m_input;
    QLabel *m_prompt;
    std::function<QString()> m_historyKey;
    QString m_loadedKey;
};
