#pragma once

#include <QObject>

class QSocketNotifier;

/// Reads lines from a file descriptor (stdin, a pipe, a script file) without blocking the
/// event loop: a socket notifier wakes it when bytes are there.
class LineReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineReader)

public:
    /// Reads `fd` (stdin: 0); it is not closed.
    explicit LineReader(int fd = 0, QObject *parent = nullptr);
    ~LineReader() override;

    void start();
    /// Reads from memory instead (a script file read at once): no descriptor is watched.
    void startWith(const QByteArray &contents);
    /// Stops reading until resume() (while a command runs, so lines are read one at a time and
    /// a failed script stops before reading further).
    void pause();
    void resume();

signals:
    void line(const QString &text);
    void ended();

private:
    void readAvailable();
    bool emitNextLine();

    int m_fd;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_eof = false;
    bool m_paused = false;
    bool m_endEmitted = false;
};
