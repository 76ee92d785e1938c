#include "console/zkclitext.h"

#include "acl/acltext.h"
#include "util/datacodec.h"
#include "util/statformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString hex(qint64 value) { return StatFormat::formatZxid(value); }

} // namespace

namespace ZkCliText {

QString javaDate(qint64 msSinceEpoch, const QTimeZone &zone)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone);
    return QLocale::c().toString(time, u"ddd MMM dd HH:mm:ss t yyyy"_s);
}

QStringList statLines(const ZkStat &stat, const QTimeZone &zone)
{
    return {
        u"cZxid = "_s + hex(stat.czxid),
        u"ctime = "_s + javaDate(stat.ctime, zone),
        u"mZxid = "_s + hex(stat.mzxid),
        u"mtime = "_s + javaDate(stat.mtime, zone),
        u"pZxid = "_s + hex(stat.pzxid),
        u"cversion = "_s + QString::number(stat.cversion),
        u"dataVersion = "_s + QString::number(stat.version),
        u"aclVersion = "_s + QString::number(stat.aversion),
        u"ephemeralOwner = "_s + hex(stat.ephemeralOwner),
        u"dataLength = "_s + QString::number(stat.dataLength),
        u"numChildren = "_s + QString::number(stat.numChildren),
    };
}

QStringList aclLines(const ZkAcl &acl)
{
    QStringList lines;
    for (const ZkAclEntry &entry : acl)
        lines << u"'%1,'%2"_s.arg(entry.scheme, entry.id)
              << u": "_s + AclText::permsLetters(entry.perms);
    return lines;
}

QString javaList(const QStringList &items) { return u'[' + items.join(u", "_s) + u']'; }

QString dataText(const QByteArray &data)
{
    return data.isNull() ? u"null"_s : QString::fromUtf8(data);
}

QStringList hexDump(const QByteArray &data)
{
    QStringList lines;
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        const QByteArray row = data.mid(offset, 16);
        QString hexPart;
        QString textPart;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < row.size()) {
                const auto byte = static_cast<unsigned char>(row[i]);
                hexPart += u"%1 "_s.arg(uint(byte), 2, 16, QChar(u'0'));
                textPart += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                hexPart += u"   "_s;
            }
        }
        lines << u"%1  %2 |%3|"_s.arg(qlonglong(offset), 8, 16, QChar(u'0')).arg(hexPart, textPart);
    }
    return lines;
}

QString errorLine(const ZkError &error, const QString &path)
{
    const QString where = error.path.isEmpty() ? path : error.path;
    switch (error.code) {
    case ZkCode::NoNode:
        return QCoreApplication::translate("ZkCliText", "Node does not exist: %1").arg(where);
    case ZkCode::NodeExists:
        return QCoreApplication::translate("ZkCliText", "Node already exists: %1").arg(where);
    case ZkCode::NotEmpty:
        return QCoreApplication::translate("ZkCliText", "Node not empty: %1").arg(where);
    case ZkCode::BadVersion:
        return QCoreApplication::translate("ZkCliText", "version No is not valid : %1").arg(where);
    case ZkCode::NoAuth:
        return QCoreApplication::translate("ZkCliText", "Insufficient permission : %1").arg(where);
    case ZkCode::QuotaExceeded:
        return QCoreApplication::translate(
                   "ZkCliText",
                   "Quota has exceeded : %1 (a hard quota limit of this subtree; see listquota)")
            .arg(where);
    case ZkCode::NoChildrenForEphemerals:
        return QCoreApplication::translate("ZkCliText", "Ephemerals cannot have children: %1")
            .arg(where);
    case ZkCode::InvalidAcl:
        return QCoreApplication::translate("ZkCliText", "Acl is not valid : %1").arg(where);
    default:
        return error.path.isEmpty() && !path.isEmpty() ? u"%1: %2"_s.arg(error.toString(), path)
                                                       : error.toString();
    }
}

QJsonObject statJson(const ZkStat &stat)
{
    return {
        {u"cZxid"_s, hex(stat.czxid)},
        {u"ctime"_s, stat.ctime},
        {u"mZxid"_s, hex(stat.mzxid)},
        {u"mtime"_s, stat.mtime},
        {u"pZxid"_s, hex(stat.pzxid)},
        {u"cversion"_s, stat.cversion},
        {u"dataVersion"_s, stat.version},
        {u"aclVersion"_s, stat.aversion},
        {u"ephemeralOwner"_s, hex(stat.ephemeralOwner)},
        {u"dataLength"_s, stat.dataLength},
        {u"numChildren"_s, stat.numChildren},
    };
}

QJsonObject aclEntryJson(const ZkAclEntry &entry)
{
    return {{u"scheme"_s, entry.scheme},
            {u"id"_s, entry.id},
            {u"perms"_s, AclText::permsLetters(entry.perms)}};
}

void putDataJson(QJsonObject &object, const QByteArray &data)
{
    if (data.isNull()) {
        object.insert(u"data"_s, QJsonValue::Null);
    } else if (DataCodec::isValidUtf8(data)) {
        object.insert(u"data"_s, QString::fromUtf8(data));
        object.insert(u"encoding"_s, u"utf-8"_s);
    } else {
        object.insert(u"data"_s, QString::fromLatin1(data.toBase64()));
        object.insert(u"encoding"_s, u"base64"_s);
    }
}

} // namespace ZkCliText
