#include "monitor/fourletterparser.h"

#include <QRegularExpression>

namespace FourLetterParser {

namespace {
QList<QByteArray> lines(const QByteArray &reply)
{
    QList<QByteArray> result;
    for (const QByteArray &line : reply.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty()) result << trimmed;
    }
    return result;
}

/// "Latency min/avg/max: 0/4.1667/23" -> the text after the first ": ".
bool valueAfter(const QByteArray &line, QByteArrayView label, QString *value)
{
    if (!line.startsWith(label)) return false;
    *value = QString::fromUtf8(line.mid(label.size())).trimmed();
    return true;
}

qint64 toCount(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : -1;
}

double toDouble(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : -1;
}
} // namespace

QString refusedWord(const QByteArray &reply)
{
    static const QRegularExpression refusal(
        QStringLiteral("^(\\w{4}) is not executed because it is not in the whitelist"));
    const QRegularExpressionMatch match = refusal.match(QString::fromUtf8(reply.trimmed()));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isNotServing(const QByteArray &reply)
{
    return reply.contains("is not currently serving requests");
}

bool applySrvr(const QByteArray &reply, ServerSnapshot *s)
{
    if (!reply.contains("Zookeeper version:")) return false;
    for (const QByteArray &line : lines(reply)) {
        QString v;
        if (valueAfter(line, "Zookeeper version:", &v)) {
            s->version = v;
        } else if (valueAfter(line, "Latency min/avg/max:", &v)) {
            const QStringList parts = v.split(u'/');
            if (parts.size() == 3) {
                s->latencyMin = toDouble(parts[0]);
                s->latencyAvg = toDouble(parts[1]);
                s->latencyMax = toDouble(parts[2]);
            }
        } else if (valueAfter(line, "Connections:", &v)) {
            s->connections = toCount(v);
        } else if (valueAfter(line, "Outstanding:", &v)) {
            s->outstanding = toCount(v);
        } else if (valueAfter(line, "Zxid:", &v)) {
            bool ok = false;
            const qint64 zxid = qint64(v.mid(2).toULongLong(&ok, 16));
            s->zxid = ok && v.startsWith(u"0x") ? zxid : -1;
        } else if (valueAfter(line, "Mode:", &v)) {
            s->mode = serverModeFromText(v);
        } else if (valueAfter(line, "Node count:", &v)) {
            s->znodes = toCount(v);
        }
    }
    return true;
}

QHash<QString, QString> parseMntr(const QByteArray &reply)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : reply.split('\n')) {
        if (!line.startsWith("zk_")) continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0) continue;
        values.insert(QString::fromUtf8(line.mid(3, tab - 3)),
                      QString::fromUtf8(line.mid(tab + 1)).trimmed());
    }
    return values;
}

bool applyMntr(const QByteArray &reply, ServerSnapshot *s)
{
    const QHash<QString, QString> values = parseMntr(reply);
    if (values.isEmpty()) return false;
    applyMonitorValues(values, s);
    return true;
}

void applyMonitorValues(const QHash<QString, QString> &v, ServerSnapshot *s)
{
    const auto count = [&v](const char *key, qint64 *target) {
        const auto it = v.constFind(QLatin1StringView(key));
        if (it != v.cend()) *target = toCount(*it);
    };
    const auto number = [&v](const char *key, double *target) {
        const auto it = v.constFind(QLatin1StringView(key));
        if (it != v.cend()) *target = toDouble(*it);
    };
    if (v.contains(QStringLiteral("version"))) s->version = v.value(QStringLiteral("version"));
    if (v.contains(QStringLiteral("server_state")))
        s->mode = serverModeFromText(v.value(QStringLiteral("server_state")));
    number("min_latency", &s->latencyMin);
    number("avg_latency", &s->latencyAvg);
    number("max_latency", &s->latencyMax);
    count("outstanding_requests", &s->outstanding);
    count("num_alive_connections", &s->connections);
    count("znode_count", &s->znodes);
    count("watch_count", &s->watches);
    count("ephemerals_count", &s->ephemerals);
    count("approximate_data_size", &s->dataSize);
    count("open_file_descriptor_count", &s->openFds);
    count("max_file_descriptor_count", &s->maxFds);
    count("synced_followers", &s->syncedFollowers);
    count("pending_syncs", &s->pendingSyncs);
}

QHash<QString, QString> parseConf(const QByteArray &reply)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : lines(reply)) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

QList<ClientConnection> parseCons(const QByteArray &reply)
{
    // " /127.0.0.1:39506[1](queued=0,recved=10,sent=10,sid=0x30000bb1cbb0000,lop=PING,...)"
    static const QRegularExpression entry(QStringLiteral("^/(.+)\\[\\d+\\]\\((.*)\\)$"));
    QList<ClientConnection> result;
    for (const QByteArray &line : lines(reply)) {
        const QRegularExpressionMatch match = entry.match(QString::fromUtf8(line));
        if (!match.hasMatch()) continue;
        ClientConnection c;
        c.address = match.captured(1);
        QHash<QString, QString> fields;
        for (const QString &pair : match.captured(2).split(u',')) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq > 0) fields.insert(pair.left(eq), pair.mid(eq + 1));
        }
        c.queued = toCount(fields.value(QStringLiteral("queued")));
        c.received = toCount(fields.value(QStringLiteral("recved")));
        c.sent = toCount(fields.value(QStringLiteral("sent")));
        const QString sid = fields.value(QStringLiteral("sid"));
        bool ok = false;
        const qint64 id = qint64(sid.mid(2).toULongLong(&ok, 16));
        c.sessionId = ok && sid.startsWith(u"0x") ? id : -1;
        c.lastOperation = fields.value(QStringLiteral("lop"));
        c.timeoutMs = toCount(fields.value(QStringLiteral("to")));
        c.avgLatency = toDouble(fields.value(QStringLiteral("avglat")));
        c.maxLatency = toDouble(fields.value(QStringLiteral("maxlat")));
        result << c;
    }
    return result;
}

WatchSummary parseWchs(const QByteArray &reply)
{
    static const QRegularExpression head(
        QStringLiteral("(\\d+) connections watching (\\d+) paths"));
    static const QRegularExpression total(QStringLiteral("Total watches:\\s*(\\d+)"));
    const QString text = QString::fromUtf8(reply);
    WatchSummary summary;
    const QRegularExpressionMatch h = head.match(text);
    if (h.hasMatch()) {
        summary.connections = h.captured(1).toLongLong();
        summary.paths = h.captured(2).toLongLong();
    }
    const QRegularExpressionMatch t = total.match(text);
    if (t.hasMatch()) summary.total = t.captured(1).toLongLong();
    return summary;
}

QString whitelistSetting(const QStringList &words)
{
    return QStringLiteral("4lw.commands.whitelist=") + words.join(u',');
}

} // namespace FourLetterParser
