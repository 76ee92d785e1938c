#pragma once

#include "transfer/exportformat.h"
#include "transfer/transfernode.h"

#include <QString>

/// Reads an export file into memory: zkdesk's own format (docs/export-format.md), ZooNavigator's
/// (a JSON list of {"h":{...},"t":[...]}) and zk_shell's / zoocreeper's flat path map, gzipped
/// or not, recognised by content (never by the file name).
///
/// A zkdesk file is read line by line: only one node's JSON is parsed at a time, and errors name
/// the line. The other formats (and a zkdesk file re-indented by hand) are parsed as one JSON
/// document: memory is then about three times the uncompressed file for the parse. The result
/// holds every record (paths, ACLs, and the data, or for an import of a zkdesk file only a
/// digest of each larger value): that is what an import or a compare works on.
///
/// The whole file is checked before anyone writes: invalid JSON, a path that is not valid or
/// not below the file's root, the same path twice, base64 that does not decode, data over the
/// server's 1 MB request limit, an unknown permission, a truncated gzip stream: each is an error
/// that says where, and no snapshot is returned.
namespace TransferFile {

enum class Format { Zkdesk, ZooNavigator, ZkShell };
QString formatName(Format format);

struct Result
{
    TransferSnapshot snapshot;
    Format format = Format::Zkdesk;
    QString error; ///< empty when the file was read completely
    /// A zkdesk file in its line layout: it can be read again part by part (TransferRecordReader).
    bool lineLayout = false;
    bool ok() const { return error.isEmpty(); }
};

/// Blocking (file I/O and parsing): call it off the GUI thread for big files. `keepData` false:
/// the records of a zkdesk file keep larger values as a digest only (TransferNode::dropData),
/// for an import that reads them again part by part (TransferRecordReader); the records of the
/// other formats always keep their bytes.
Result read(const QString &path, bool keepData = true);

/// The first line of a zkdesk file (up to `"nodes":[`); false when it is not one.
bool parseZkdeskHeader(const QByteArray &first, ExportFormat::Header *header, int *version);
/// One node line of a zkdesk file (a trailing ',' allowed): empty, or what is wrong with it.
QString parseZkdeskLine(QByteArray line, const QString &root, bool withStat, TransferNode *node,
                        bool *skipped);

} // namespace TransferFile
