#pragma once

#include "zk/zkstat.h"

#include <QList>
#include <QString>
#include <QTimeZone>

/// One row of the Stat panel: the zkCli field name, the value as shown and a tooltip with the
/// raw value and what the field means.
struct StatField
{
    QString name;         ///< "cZxid", "ctime", ... as zkCli prints them
    QString displayValue; ///< "0x1a2b", "2024-05-01 12:00:00.000", "1,234 bytes (1.2 KiB)"
    QString toolTip;
    friend bool operator==(const StatField &, const StatField &) = default;
};

/// Pure formatting of a ZkStat for display (no widgets). Times are shown in `zone`; pass a fixed
/// zone (e.g. QTimeZone::utc()) for deterministic output in tests.
namespace StatFormat {

/// All 11 fields in zkCli's order: cZxid, ctime, mZxid, mtime, pZxid, cversion, dataVersion,
/// aclVersion, ephemeralOwner, dataLength, numChildren. A time of 0 (the root node's) shows as
/// "not set (0)" rather than as 1970.
QList<StatField> fields(const ZkStat &stat, const QTimeZone &zone = QTimeZone::systemTimeZone());

/// "0x1a2b" (lower-case hex of the unsigned 64-bit value).
QString formatZxid(qint64 zxid);
/// "0x100000a2b3c0000" (lower-case hex of the unsigned 64-bit value; 0 -> "0x0").
QString formatSessionId(qint64 sessionId);
/// "yyyy-MM-dd HH:mm:ss.zzz" in `zone`.
QString formatTimestamp(qint64 msSinceEpoch, const QTimeZone &zone = QTimeZone::systemTimeZone());
/// "0 bytes", "1 byte", "512 bytes", "1,234 bytes (1.2 KiB)", "5,242,880 bytes (5.0 MiB)".
/// The human form is rounded down, so it never overstates (1,048,575 bytes is "1023.9 KiB").
QString formatBytes(qint64 bytes);
/// "1,234": grouped with "," whatever the locale, like formatBytes.
QString formatCount(qint64 value);

} // namespace StatFormat
