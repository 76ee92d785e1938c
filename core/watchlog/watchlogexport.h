#pragma once

#include "watchlog/watchlogentry.h"

#include <QByteArray>
#include <QList>

/// Watch log export. Values that are valid UTF-8 are written as text, others as base64 with
/// an encoding field (JSON) or a "base64:" prefix (CSV).
namespace WatchLogExport {

/// RFC 4180 CSV with a header line: time, session, type, path, old_size, new_size, detail,
/// old_value, new_value. Time is local ISO 8601 with milliseconds; sizes are empty when unknown.
QByteArray toCsv(const QList<WatchLogEntry> &entries);
/// {"events": [{"seq", "time", "timeMs", "session", "type", "path", "oldSize", "newSize",
/// "detail", "oldValue", "newValue", "valueEncoding"}...]} (value keys only when known).
QByteArray toJson(const QList<WatchLogEntry> &entries);
/// Writes `bytes` to `fileName` atomically (QSaveFile); false and `error` set on failure.
bool writeFile(const QString &fileName, const QByteArray &bytes, QString *error = nullptr);

} // namespace WatchLogExport
