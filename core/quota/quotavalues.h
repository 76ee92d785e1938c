#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// ZooKeeper's quota layout (3.8): a quota on /a/b lives in
/// `/zookeeper/quota/a/b/zookeeper_limits` (the limits, written by the client) and
/// `.../zookeeper_stats` (the usage, kept up to date by the server), both in StatsTrack's text
/// form "count=3,bytes=-1=;byteHardLimit=-1;countHardLimit=5". -1 means "no limit".
namespace QuotaPaths {
QString root(); ///< "/zookeeper/quota"
/// "/zookeeper/quota/a/b" for "/a/b".
QString quotaNode(const QString &path);
QString limitsNode(const QString &path);
QString statsNode(const QString &path);
/// The node path a quota node stands for ("/zookeeper/quota/a/b" -> "/a/b"); empty when
/// `quotaNodePath` is not under root().
QString nodeFor(const QString &quotaNodePath);
} // namespace QuotaPaths

/// The four numbers of a StatsTrack. In zookeeper_limits, count/bytes are the soft limits
/// (`setquota -n/-b`: the server only logs a warning) and the hard limits refuse the write
/// with ZQUOTAEXCEEDED when the server runs with zookeeper.enforceQuota=true. In
/// zookeeper_stats, count/bytes are the usage.
struct QuotaValues
{
    qint64 count = -1;
    qint64 bytes = -1;
    qint64 countHardLimit = -1;
    qint64 byteHardLimit = -1;

    /// Parses like the 3.8 server: pairs split on ',' and ';', "key=value", empty value -1.
    /// Unknown keys are ignored; `ok` false when a value is not a number.
    static QuotaValues parse(const QByteArray &text, bool *ok = nullptr);
    /// The limits text exactly as zkCli 3.8 writes it (the stray "=" after bytes included:
    /// it keeps the text readable for 3.5/3.6 servers, which split on ',' only).
    QByteArray limitsText() const;
    /// "count=4,bytes=1": the stats form.
    QByteArray usageText() const;
    bool hasLimit() const
    {
        return count >= 0 || bytes >= 0 || countHardLimit >= 0 || byteHardLimit >= 0;
    }
    friend bool operator==(const QuotaValues &, const QuotaValues &) = default;
};

/// The quota of one node and its current usage.
struct NodeQuota
{
    QString path; ///< the node the quota applies to
    bool exists = false;
    QuotaValues limits;
    QuotaValues usage; ///< count and bytes used (the server's zookeeper_stats); -1 when unknown
    int limitsVersion = -1;

    bool overSoftLimit() const;
    bool overHardLimit() const;
    /// "count 12 > soft limit 10", one phrase per exceeded limit; empty when within.
    QStringList exceeded() const;
};

/// Which limit a setquota/delquota flag stands for.
enum class QuotaField { Count, Bytes, CountHardLimit, ByteHardLimit };
/// 'n', 'b', 'N', 'B'.
bool quotaFieldFromFlag(QChar flag, QuotaField *field);
qint64 &quotaFieldRef(QuotaValues &values, QuotaField field);
inline qint64 quotaField(QuotaValues values, QuotaField field)
{
    return quotaFieldRef(values, field);
}
