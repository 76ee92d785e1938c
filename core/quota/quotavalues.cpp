#include "quota/quotavalues.h"

#include "zk/zkpath.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace QuotaPaths {

QString root() { return u"/zookeeper/quota"_s; }
QString quotaNode(const QString &path) { return path == u"/"_s ? root() : root() + path; }
QString limitsNode(const QString &path) { return quotaNode(path) + u"/zookeeper_limits"_s; }
QString statsNode(const QString &path) { return quotaNode(path) + u"/zookeeper_stats"_s; }

QString nodeFor(const QString &quotaNodePath)
{
    if (quotaNodePath == root()) return u"/"_s;
    if (!ZkPath::isAncestor(root(), quotaNodePath)) return {};
    return quotaNodePath.mid(root().size());
}

} // namespace QuotaPaths

QuotaValues QuotaValues::parse(const QByteArray &text, bool *ok)
{
    QuotaValues values;
    bool allOk = true;
    const QString s = QString::fromUtf8(text);
    for (const QString &pair : s.split(QRegularExpression(u"[,;]+"_s), Qt::SkipEmptyParts)) {
        const QStringList kv = pair.split(u'=', Qt::SkipEmptyParts);
        if (kv.isEmpty()) continue;
        bool numberOk = true;
        const qint64 value = kv.size() < 2 ? -1 : kv[1].trimmed().toLongLong(&numberOk);
        if (!numberOk) {
            allOk = false;
            continue;
        }
        const QString key = kv[0].trimmed();
        if (key == u"count")
            values.count = value;
        else if (key == u"bytes")
            values.bytes = value;
        else if (key == u"countHardLimit")
            values.countHardLimit = value;
        else if (key == u"byteHardLimit")
            values.byteHardLimit = value;
    }
    if (ok) *ok = allOk;
    return values;
}

QByteArray QuotaValues::limitsText() const
{
    return u"count=%1,bytes=%2=;byteHardLimit=%3;countHardLimit=%4"_s.arg(count)
        .arg(bytes)
        .arg(byteHardLimit)
        .arg(countHardLimit)
        .toUtf8();
}

QByteArray QuotaValues::usageText() const
{
    return u"count=%1,bytes=%2"_s.arg(count).arg(bytes).toUtf8();
}

namespace {
bool over(qint64 used, qint64 limit) { return limit >= 0 && used > limit; }
} // namespace

bool NodeQuota::overSoftLimit() const
{
    return exists && (over(usage.count, limits.count) || over(usage.bytes, limits.bytes));
}

bool NodeQuota::overHardLimit() const
{
    return exists
        && (over(usage.count, limits.countHardLimit) || over(usage.bytes, limits.byteHardLimit));
}

QStringList NodeQuota::exceeded() const
{
    QStringList phrases;
    if (!exists) return phrases;
    const auto note = [&](qint64 used, qint64 limit, const char *what) {
        if (over(used, limit))
            phrases << QCoreApplication::translate("NodeQuota", what).arg(used).arg(limit);
    };
    note(usage.count, limits.count, "%1 nodes, over the soft limit of %2");
    note(usage.bytes, limits.bytes, "%1 bytes, over the soft limit of %2");
    note(usage.count, limits.countHardLimit, "%1 nodes, over the hard limit of %2");
    note(usage.bytes, limits.byteHardLimit, "%1 bytes, over the hard limit of %2");
    return phrases;
}

bool quotaFieldFromFlag(QChar flag, QuotaField *field)
{
    switch (flag.unicode()) {
    case 'n':
        *field = QuotaField::Count;
        return true;
    case 'b':
        *field = QuotaField::Bytes;
        return true;
    case 'N':
        *field = QuotaField::CountHardLimit;
        return true;
    case 'B':
        *field = QuotaField::ByteHardLimit;
        return true;
    default:
        return false;
    }
}

qint64 &quotaFieldRef(QuotaValues &values, QuotaField field)
{
    switch (field) {
    case QuotaField::Count:
        return values.count;
    case QuotaField::Bytes:
        return values.bytes;
    case QuotaField::CountHardLimit:
        return values.countHardLimit;
    case QuotaField::ByteHardLimit:
        break;
    }
    return values.byteHardLimit;
}
