#include "transfer/transferrecordreader.h"

#include "transfer/transferfile.h"

#include <QCoreApplication>
#include <QFileInfo>

QString TransferRecordReader::open(const QString &path)
{
    m_file = QFileInfo(path).fileName();
    if (!m_in.open(path)) return m_in.error();
    QByteArray first;
    int version = 0;
    if (!m_in.readLine(&first) || !TransferFile::parseZkdeskHeader(first, &m_header, &version))
        return where(
            QCoreApplication::translate("TransferFile", "the file changed since it was read"));
    return {};
}

QString TransferRecordReader::where(const QString &why) const
{
    return QCoreApplication::translate("TransferFile", "%1, line %2: %3")
        .arg(m_file)
        .arg(m_in.lineNumber())
        .arg(why);
}

QString TransferRecordReader::readPart(const QList<TransferNode> &expected, qsizetype first,
                                       qsizetype maxNodes, qsizetype maxBytes,
                                       QList<TransferNode> *out)
{
    const QString changed =
        QCoreApplication::translate("TransferFile", "the file changed since it was read");
    qsizetype bytes = 0, read = 0;
    QByteArray line;
    while (read < maxNodes && bytes < maxBytes && first + read < expected.size()) {
        if (!m_in.readLine(&line)) return where(m_in.error().isEmpty() ? changed : m_in.error());
        if (line.trimmed().isEmpty()) continue;
        if (line.startsWith("],")) return where(changed);
        TransferNode node;
        bool skipped = false;
        if (QString why = TransferFile::parseZkdeskLine(line, m_header.root, m_header.withStat,
                                                        &node, &skipped);
            !why.isEmpty())
            return where(why);
        if (skipped) continue; // ephemeral: listed by the first pass, never written
        const TransferNode &want = expected[first + read];
        if (node.relPath != want.relPath || node.kind != want.kind || node.acl != want.acl
            || node.dataDigest() != want.dataDigest())
            return where(changed);
        bytes += node.data.size();
        ++read;
        out->append(std::move(node));
    }
    return {};
}
