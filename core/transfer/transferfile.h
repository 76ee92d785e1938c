#pragma once

#include "transfer/transfernode.h"

#include <QString>

/// Reads an export file into memory: zkdesk's own format (docs/export-format.md), ZooNavigator's
/// (a JSON list of {"h":{...},"t":[...]}) and zk_shell's / zoocreeper's flat path map, gzipped
/// or not, recognised by content (never by the file name).
///
/// A zkdesk file is read line by line: only one node's JSON is parsed at a time, and errors name
/// the line. The other formats (and a zkdesk file re-indented by hand) are parsed as one JSON
/// document: memory is then about three times the uncompressed file for the parse. Either way
/// the result holds every record (paths, data, ACLs): that is what an import or a compare works
/// on, about the size of the subtree's data.
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
    bool ok() const { return error.isEmpty(); }
};

/// Blocking (file I/O and parsing): call it off the GUI thread for big files.
Result read(const QString &path);

} // namespace TransferFile
