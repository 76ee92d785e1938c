#pragma once

#include "transfer/transfernode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// The zkdesk export format, version 1 (docs/export-format.md): one JSON document laid out one
/// node per line, so that it is written node by node and read back line by line without a DOM.
///
///     {"format":"zkdesk-export","version":1,"root":"/app",...,"nodes":[
///     {"path":"/app","data":"text","acl":[{"scheme":"world","id":"anyone","perms":"cdrwa"}]},
///     {"path":"/app/bin","base64":"AP8=","acl":[...]},
///     ...
///     ],"summary":{"nodes":2,...}}
namespace ExportFormat {

inline constexpr int kVersion = 1;
inline constexpr char kFormatName[] = "zkdesk-export";

struct Header
{
    QString root;
    QString origin;
    bool withStat = false;
};

struct Summary
{
    qint64 nodes = 0;
    qint64 ephemeralSkipped = 0;
    qint64 unreadable = 0;
    QStringList unreadablePaths;
    bool complete = true;
};

/// The first line, up to and including `"nodes":[`.
QByteArray headerLine(const Header &header);
/// One node object (no separator, no newline). Data is written as UTF-8 text when it is valid
/// UTF-8, else as base64; null data is `"data":null`.
QByteArray nodeObject(const QString &root, const TransferNode &node, bool withStat);
/// An ephemeral node that was left out: its path and kind only.
QByteArray skippedObject(const QString &root, const QString &relPath);
/// The last line, from `]` on.
QByteArray trailerLine(const Summary &summary);

/// JSON string literal (with quotes) for text; non-ASCII written as UTF-8.
QByteArray quoted(QStringView text);

/// Reads one node object of a zkdesk file into `out` (relPath relative to `root`). Returns an
/// empty string, or what is wrong with it. `skipped` is set for the records of left-out nodes.
QString parseNode(const QJsonObject &object, const QString &root, bool withStat, TransferNode *out,
                  bool *skipped);
/// Reads an ACL list of {"scheme","id","perms":"cdrwa"} objects.
QString parseAcl(const QJsonValue &value, ZkAcl *out);
/// Checks a path read from a file: valid and at or below root.
QString checkPath(const QString &path, const QString &root);

} // namespace ExportFormat
