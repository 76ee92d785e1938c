#pragma once

#include "transfer/exportformat.h"
#include "transfer/gzipfile.h"
#include "transfer/transfernode.h"

#include <QList>
#include <QString>

/// The second pass of a streamed import: reads the node records of a zkdesk file again, in file
/// order and a part at a time, with their bytes, and checks each against what the first pass
/// kept of it (TransferFile::read without the data): the same path, kind, ACL and data digest.
/// A file changed between the two passes is an error, never a write the dry run did not count.
/// Blocking file I/O: one part at a time from a worker thread.
class TransferRecordReader final
{
    Q_DISABLE_COPY_MOVE(TransferRecordReader)

public:
    TransferRecordReader() = default;

    /// Empty, or why the file cannot be read as a zkdesk file.
    QString open(const QString &path);
    /// Appends to `out` the records that follow, until `maxNodes` records or `maxBytes` of data;
    /// `expected`: the first pass's records, `first`: the index of the next one in it. Empty, or
    /// what is wrong (with the file and line).
    QString readPart(const QList<TransferNode> &expected, qsizetype first, qsizetype maxNodes,
                     qsizetype maxBytes, QList<TransferNode> *out);

private:
    QString where(const QString &why) const;

    GzipLineReader m_in;
    ExportFormat::Header m_header;
    QString m_file;
};
