#pragma once

#include "zk/zkacl.h"
#include "zk/zkerror.h"
#include "zk/zkstat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

/// zkCli's output formats (3.8), so that scripts written against zkCli read zkdesk's console the
/// same way, plus the JSON forms of `--json`.
namespace ZkCliText {

/// "cZxid = 0x2" ... "numChildren = 1": the 11 lines of zkCli's printStat, times as Java's
/// Date.toString() ("Sun Nov 29 21:16:11 UTC 2026") in `zone`.
QStringList statLines(const ZkStat &stat, const QTimeZone &zone);
QString javaDate(qint64 msSinceEpoch, const QTimeZone &zone);

/// "'world,'anyone" / ": cdrwa" per entry.
QStringList aclLines(const ZkAcl &acl);

/// Java's List.toString(): "[a, b]".
QString javaList(const QStringList &items);

/// Data as zkCli's get prints it: UTF-8 text, "null" for null data.
QString dataText(const QByteArray &data);
/// A hex dump: "00000000  68 65 6c 6c 6f                                   |hello|".
QStringList hexDump(const QByteArray &data);

/// The error line zkCli prints for a failed operation: "Node does not exist: /a",
/// "Insufficient permission : /a", ...; checks refused before sending keep their own message.
QString errorLine(const ZkError &error, const QString &path);

QJsonObject statJson(const ZkStat &stat);
QJsonObject aclEntryJson(const ZkAclEntry &entry);
/// {"data": text or base64, "encoding": "utf-8" | "base64"}; null data is JSON null.
void putDataJson(QJsonObject &object, const QByteArray &data);

} // namespace ZkCliText
