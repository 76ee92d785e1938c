#include "monitor/adminparser.h"

#include "monitor/dynamicconfig.h"
#include "monitor/fourletterparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace AdminParser {

namespace {
/// Jetty's error page: "<title>Error 500 java.lang.NullPointerException: ...</title>".
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body));
    if (!match.hasMatch()) return {};
    QString text = match.captured(1).simplified();
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}
} // namespace

AdminReply parseReply(const QByteArray &body)
{
    AdminReply reply;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString title = htmlTitle(body);
        reply.error = title.isEmpty() ? QCoreApplication::translate("AdminParser", "not JSON: %1")
                                            .arg(parseError.errorString())
                                      : title;
        return reply;
    }
    reply.object = document.object();
    const QJsonValue error = reply.object.value(QStringLiteral("error"));
    if (!error.isNull() && !error.isUndefined()) reply.error = error.toVariant().toString();
    return reply;
}

bool applyMonitor(const QJsonObject &monitor, ServerSnapshot *snapshot)
{
    if (!monitor.contains(QStringLiteral("server_state"))) return false;
    QHash<QString, QString> values;
    for (auto it = monitor.begin(); it != monitor.end(); ++it) {
        if (it.value().isString() || it.value().isDouble() || it.value().isBool())
            values.insert(it.key(), it.value().toVariant().toString());
    }
    FourLetterParser::applyMonitorValues(values, snapshot);
    return true;
}

bool applyStats(const QJsonObject &stats, ServerSnapshot *snapshot)
{
    const QJsonValue zxid = stats.value(QStringLiteral("server_stats"))
                                .toObject()
                                .value(QStringLiteral("last_processed_zxid"));
    if (!zxid.isDouble()) return false;
    // JSON numbers are doubles: exact up to 2^53, and zxids (epoch << 32 | counter) of real
    // ensembles stay far below that.
    snapshot->zxid = qint64(zxid.toDouble());
    return true;
}

LeaderInfo parseLeader(const QJsonObject &leader)
{
    LeaderInfo info;
    info.isLeader = leader.value(QStringLiteral("is_leader")).toBool();
    info.leaderId = leader.value(QStringLiteral("leader_id")).toInt(-1);
    info.leaderIp = leader.value(QStringLiteral("leader_ip")).toString();
    return info;
}

QList<ServerEndpoint> parseVotingView(const QJsonObject &votingView)
{
    QList<ServerEndpoint> members;
    const QJsonObject config = votingView.value(QStringLiteral("current_config")).toObject();
    for (auto it = config.begin(); it != config.end(); ++it) {
        const QJsonObject member = it.value().toObject();
        const QString quorum =
            member.value(QStringLiteral("server_addresses")).toArray().first().toString();
        ServerEndpoint endpoint = DynamicConfig::clientEndpoint(
            member.value(QStringLiteral("client_address")).toString(), quorum.section(u':', 0, -2));
        if (endpoint.clientPort == 0) continue;
        endpoint.serverId = it.key().toInt();
        members << endpoint;
    }
    return members;
}

} // namespace AdminParser
