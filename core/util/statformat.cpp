#include "util/statformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString zxidToolTip(const char *meaning, qint64 zxid)
{
    // A zxid is (leader epoch << 32 | counter); the split helps when comparing across elections.
    const quint64 u = static_cast<quint64>(zxid);
    return QCoreApplication::translate("StatFormat", "%1\ndecimal %2 (epoch %3, counter %4)")
        .arg(QCoreApplication::translate("StatFormat", meaning))
        .arg(zxid)
        .arg(u >> 32)
        .arg(u & 0xffffffffu);
}

QString timeToolTip(const char *meaning, qint64 ms)
{
    // Qt::UTC (not QTimeZone::utc()) so the ISO form ends in "Z" rather than "+00:00".
    const QString utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    return QCoreApplication::translate("StatFormat", "%1\n%2 ms since the epoch\n%3")
        .arg(QCoreApplication::translate("StatFormat", meaning))
        .arg(ms)
        .arg(utc);
}

QString timeValue(qint64 ms, const QTimeZone &zone)
{
    if (ms == 0) return QCoreApplication::translate("StatFormat", "not set (0)");
    return StatFormat::formatTimestamp(ms, zone);
}

QString plainToolTip(const char *meaning, qint64 value)
{
    return u"%1\n%2"_s.arg(QCoreApplication::translate("StatFormat", meaning)).arg(value);
}

} // namespace

namespace StatFormat {

QString formatZxid(qint64 zxid) { return u"0x"_s + QString::number(quint64(zxid), 16); }

QString formatSessionId(qint64 sessionId)
{
    return u"0x"_s + QString::number(quint64(sessionId), 16);
}

QString formatTimestamp(qint64 msSinceEpoch, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone)
        .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString formatCount(qint64 value)
{
    // Fixed English grouping: the panel must not change with the user's locale mid-session and
    // tests must be deterministic.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value);
}

QString formatBytes(qint64 bytes)
{
    const QString exact = formatCount(bytes) + (bytes == 1 ? u" byte"_s : u" bytes"_s);
    if (bytes < 1024) return exact;
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    // Tenths of the unit, rounded down, in integers (no overflow up to qint64 max) so that no
    // floating-point rounding turns 1023.99 KiB into "1024.0 KiB".
    const quint64 b = quint64(bytes);
    int unit = 0;
    quint64 unitSize = 1024;
    while (unit < 5 && b / 1024 >= unitSize) {
        unitSize *= 1024;
        ++unit;
    }
    const quint64 tenths = b / unitSize * 10 + (b % unitSize) * 10 / unitSize;
    return u"%1 (%2.%3 %4)"_s.arg(exact)
        .arg(tenths / 10)
        .arg(tenths % 10)
        .arg(QString::fromLatin1(units[unit]));
}

QList<StatField> fields(const ZkStat &s, const QTimeZone &zone)
{
    const QString owner = s.ephemeralOwner == 0
        ? QCoreApplication::translate("StatFormat", "none (persistent)")
        : formatSessionId(s.ephemeralOwner);
    const QString ownerTip = s.ephemeralOwner == 0
        ? QCoreApplication::translate(
            "StatFormat", "ephemeralOwner\n0: the node is persistent (not owned by a session)")
        : QCoreApplication::translate("StatFormat",
                                      "ephemeralOwner\nsession id %1 (decimal %2): the "
                                      "node is deleted when this session ends")
              .arg(owner)
              .arg(s.ephemeralOwner);

    return {
        {u"cZxid"_s, formatZxid(s.czxid),
         zxidToolTip(QT_TRANSLATE_NOOP("StatFormat", "cZxid: transaction that created the node"),
                     s.czxid)},
        {u"ctime"_s, timeValue(s.ctime, zone),
         timeToolTip(QT_TRANSLATE_NOOP("StatFormat", "ctime: when the node was created"), s.ctime)},
        {u"mZxid"_s, formatZxid(s.mzxid),
         zxidToolTip(
             QT_TRANSLATE_NOOP("StatFormat", "mZxid: transaction that last changed the data"),
             s.mzxid)},
        {u"mtime"_s, timeValue(s.mtime, zone),
         timeToolTip(QT_TRANSLATE_NOOP("StatFormat", "mtime: when the data was last changed"),
                     s.mtime)},
        {u"pZxid"_s, formatZxid(s.pzxid),
         zxidToolTip(QT_TRANSLATE_NOOP("StatFormat",
                                       "pZxid: transaction that last added or removed a child"),
                     s.pzxid)},
        {u"cversion"_s, QString::number(s.cversion),
         plainToolTip(QT_TRANSLATE_NOOP(
                          "StatFormat",
                          "cversion: number of changes to the children (also the next sequential "
                          "suffix)"),
                      s.cversion)},
        {u"dataVersion"_s, QString::number(s.version),
         plainToolTip(QT_TRANSLATE_NOOP(
                          "StatFormat",
                          "dataVersion: number of changes to the data; the expected version for a "
                          "conditional set or delete"),
                      s.version)},
        {u"aclVersion"_s, QString::number(s.aversion),
         plainToolTip(QT_TRANSLATE_NOOP("StatFormat", "aclVersion: number of changes to the ACL"),
                      s.aversion)},
        {u"ephemeralOwner"_s, owner, ownerTip},
        {u"dataLength"_s, formatBytes(s.dataLength),
         plainToolTip(
             QT_TRANSLATE_NOOP("StatFormat",
                               "dataLength: size of the data in bytes (0 also for null data)"),
             s.dataLength)},
        {u"numChildren"_s, formatCount(s.numChildren),
         plainToolTip(QT_TRANSLATE_NOOP("StatFormat", "numChildren: number of children"),
                      s.numChildren)},
    };
}

} // namespace StatFormat
