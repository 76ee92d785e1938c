#include "transfer/gzipfile.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

namespace {

constexpr int kChunk = 256 * 1024;

gzFile handle(void *p) { return static_cast<gzFile>(p); }

QString zlibError(void *file, const QString &fallback)
{
    int code = Z_OK;
    const char *text = file ? gzerror(handle(file), &code) : nullptr;
    if (code == Z_ERRNO || !text || !*text) return fallback;
    return QString::fromLocal8Bit(text);
}

} // namespace

GzipFileWriter::~GzipFileWriter() { discard(); }

bool GzipFileWriter::open(const QString &path, bool gzip)
{
    discard();
    m_path = path;
    m_error.clear();
    m_bytes = 0;
    const QByteArray part = QFile::encodeName(path + QStringLiteral(".part"));
    m_file = gzopen(part.constData(), gzip ? "wb6" : "wT");
    if (!m_file) {
        m_error = QCoreApplication::translate("GzipFileWriter", "cannot write %1: %2")
                      .arg(path + QStringLiteral(".part"), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    gzbuffer(handle(m_file), kChunk);
    return true;
}

bool GzipFileWriter::write(const QByteArray &bytes)
{
    if (!m_file) return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const unsigned n = unsigned(std::min<qsizetype>(bytes.size() - done, 1 << 30));
        if (gzwrite(handle(m_file), bytes.constData() + done, n) != int(n)) {
            m_error = QCoreApplication::translate("GzipFileWriter", "writing %1 failed: %2")
                          .arg(m_path, zlibError(m_file, QString::fromLocal8Bit(strerror(errno))));
            return false;
        }
        done += n;
    }
    m_bytes += bytes.size();
    return true;
}

bool GzipFileWriter::commit()
{
    if (!m_file) return false;
    const int rc = gzclose(handle(m_file));
    m_file = nullptr;
    const QString part = m_path + QStringLiteral(".part");
    if (rc != Z_OK) {
        m_error = QCoreApplication::translate("GzipFileWriter", "writing %1 failed (zlib error %2)")
                      .arg(m_path)
                      .arg(rc);
        QFile::remove(part);
        return false;
    }
    QFile::remove(m_path);
    if (!QFile::rename(part, m_path)) {
        m_error = QCoreApplication::translate("GzipFileWriter", "cannot rename %1 to %2")
                      .arg(part, m_path);
        QFile::remove(part);
        return false;
    }
    return true;
}

void GzipFileWriter::discard()
{
    if (!m_file) return;
    gzclose(handle(m_file));
    m_file = nullptr;
    QFile::remove(m_path + QStringLiteral(".part"));
}

GzipLineReader::~GzipLineReader()
{
    if (m_file) gzclose(handle(m_file));
}

bool GzipLineReader::open(const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("GzipLineReader", "cannot read %1: %2")
                      .arg(path, probe.errorString());
        return false;
    }
    const QByteArray magic = probe.read(2);
    m_gzip = magic == QByteArray("\x1f\x8b", 2);
    probe.close();
    m_file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file) {
        m_error = QCoreApplication::translate("GzipLineReader", "cannot read %1").arg(path);
        return false;
    }
    gzbuffer(handle(m_file), kChunk);
    return true;
}

bool GzipLineReader::fill()
{
    if (m_eof || !m_error.isEmpty()) return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const int n = gzread(handle(m_file), m_buffer.data() + old, kChunk);
    int code = Z_OK;
    const char *text = gzerror(handle(m_file), &code);
    if (n < 0 || (code != Z_OK && code != Z_STREAM_END)) {
        m_buffer.resize(old);
        m_error = m_gzip && code == Z_BUF_ERROR
            ? QCoreApplication::translate("GzipLineReader",
                                          "the gzip file is truncated (it ends in the middle of "
                                          "the compressed data)")
            : QCoreApplication::translate("GzipLineReader", "the file cannot be decompressed: %1")
                  .arg(QString::fromLocal8Bit(text ? text : "zlib error"));
        return false;
    }
    m_buffer.resize(old + n);
    if (n == 0) m_eof = true;
    return n > 0;
}

bool GzipLineReader::readLine(QByteArray *line)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_pos);
        if (nl >= 0) {
            *line = m_buffer.mid(m_pos, nl - m_pos);
            m_pos = nl + 1;
            ++m_line;
            return true;
        }
        if (!fill()) break;
    }
    if (!m_error.isEmpty() || m_pos >= m_buffer.size()) return false;
    *line = m_buffer.mid(m_pos);
    m_pos = m_buffer.size();
    ++m_line;
    return true;
}

bool GzipLineReader::readAll(QByteArray *all)
{
    while (fill()) { }
    if (!m_error.isEmpty()) return false;
    *all = m_buffer.mid(m_pos);
    m_pos = m_buffer.size();
    return true;
}
