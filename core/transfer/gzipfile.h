#pragma once

#include <QByteArray>
#include <QString>

/// Writes a file, gzip-compressed when asked, through zlib (Qt has no gzip streaming). The bytes
/// go to "<path>.part", renamed over `path` by commit(): a cancelled or failed export never
/// leaves a half-written file under the user's name.
class GzipFileWriter final
{
    Q_DISABLE_COPY_MOVE(GzipFileWriter)

public:
    GzipFileWriter() = default;
    ~GzipFileWriter(); ///< discards an uncommitted file

    bool open(const QString &path, bool gzip);
    bool write(const QByteArray &bytes);
    bool commit();
    void discard();
    const QString &error() const { return m_error; }
    qint64 bytesWritten() const { return m_bytes; }

private:
    void *m_file = nullptr; // gzFile
    QString m_path;
    QString m_error;
    qint64 m_bytes = 0;
};

/// Reads a file line by line, gzip or plain alike (zlib reads a file without the gzip magic
/// as it is). A truncated or corrupt gzip stream is an error, never a silent short file.
class GzipLineReader final
{
    Q_DISABLE_COPY_MOVE(GzipLineReader)

public:
    GzipLineReader() = default;
    ~GzipLineReader();

    bool open(const QString &path);
    /// The next line without its '\n'; false at the end of the file or on an error.
    bool readLine(QByteArray *line);
    /// Everything left (for formats that are not line-based).
    bool readAll(QByteArray *all);
    bool isGzip() const { return m_gzip; }
    int lineNumber() const { return m_line; } ///< 1-based number of the last line read
    const QString &error() const { return m_error; }

private:
    bool fill();

    void *m_file = nullptr; // gzFile
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_gzip = false;
    int m_line = 0;
    QString m_error;
};
