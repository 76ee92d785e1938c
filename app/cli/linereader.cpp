#include "linereader.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

LineReader::LineReader(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{ }

LineReader::~LineReader() = default;

void LineReader::startWith(const QByteArray &contents)
{
    m_buffer = contents;
    m_eof = true;
    resume();
}

void LineReader::start()
{
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::readAvailable);
}

void LineReader::pause()
{
    m_paused = true;
    if (m_notifier) m_notifier->setEnabled(false);
}

void LineReader::resume()
{
    m_paused = false;
    // Lines already buffered go first; the notifier only wakes for new bytes.
    QTimer::singleShot(0, this, [this] {
        if (m_paused) return;
        if (emitNextLine()) return;
        if (m_notifier && !m_eof) m_notifier->setEnabled(true);
    });
}

void LineReader::readAvailable()
{
    char chunk[65536];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (n <= 0) {
        m_eof = true;
        m_notifier->setEnabled(false);
    } else {
        m_buffer.append(chunk, n);
    }
    emitNextLine();
}

bool LineReader::emitNextLine()
{
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline >= 0 || (m_eof && !m_buffer.isEmpty())) {
        const qsizetype end = newline >= 0 ? newline : m_buffer.size();
        QByteArray text = m_buffer.left(end);
        m_buffer.remove(0, newline >= 0 ? newline + 1 : end);
        if (text.endsWith('\r')) text.chop(1);
        emit line(QString::fromUtf8(text));
        return true;
    }
    if (m_eof && !m_endEmitted) {
        m_endEmitted = true;
        emit ended();
        return true;
    }
    return false;
}
