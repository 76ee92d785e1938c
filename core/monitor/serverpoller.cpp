#include "monitor/serverpoller.h"

#include "monitor/fourletterparser.h"

#include <QDateTime>

#include <algorithm>

namespace {
/// How long to go without the AdminServer after it did not answer while the server did.
constexpr qint64 adminRetryMs = 30000;
} // namespace

ServerPoller::ServerPoller(const ServerEndpoint &endpoint, QNetworkAccessManager *network,
                           QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_admin(network)
{
    connect(&m_admin, &AdminClient::finished, this, &ServerPoller::onAdminFinished);
    connect(&m_words, &FourLetterClient::finished, this, &ServerPoller::onWordFinished);
}

void ServerPoller::setAdminPort(quint16 port)
{
    m_endpoint.adminPort = port;
    m_adminRetryAtMs = 0;
}

bool ServerPoller::adminUsable() const
{
    return m_endpoint.adminPort != 0 && QDateTime::currentMSecsSinceEpoch() >= m_adminRetryAtMs;
}

bool ServerPoller::poll()
{
    if (m_polling) {
        ++m_skipped;
        return false;
    }
    m_polling = true;
    m_snapshot = ServerSnapshot();
    m_adminError.clear();
    if (adminUsable())
        askAdmin(QStringLiteral("monitor"));
    else
        askWord("srvr");
    return true;
}

void ServerPoller::askAdmin(const QString &command)
{
    m_admin.get(m_endpoint.host, m_endpoint.adminPort, command, m_timeoutMs);
}

void ServerPoller::onAdminFinished(const AdminResult &result)
{
    if (!m_polling) return;
    if (result.command == u"stats") {
        if (result.reply.ok()) AdminParser::applyStats(result.reply.object, &m_snapshot);
        complete();
        return;
    }
    if (result.reachable && result.reply.ok()
        && AdminParser::applyMonitor(result.reply.object, &m_snapshot)) {
        m_snapshot.reachable = true;
        m_snapshot.source = ServerSnapshot::Source::AdminServer;
        askAdmin(QStringLiteral("stats"));
        return;
    }
    // A server that is not serving answers a 500 here; srvr says so in plain words.
    m_adminError = result.reachable ? result.reply.error : result.networkError;
    askWord("srvr");
}

void ServerPoller::askWord(const QByteArray &word)
{
    m_words.send(m_endpoint.host, m_endpoint.clientPort, word, m_timeoutMs);
}

void ServerPoller::onWordFinished(const FourLetterResult &result)
{
    if (!m_polling) return;
    using Status = FourLetterResult::Status;
    switch (result.status) {
    case Status::Unreachable:
    case Status::TimedOut:
        if (result.word == "srvr") {
            m_refused.clear(); // it may come back with another whitelist
            m_snapshot.error = result.error;
            complete();
            return;
        }
        break; // up a moment ago: report what srvr said
    case Status::NotWhitelisted:
        m_snapshot.reachable = true;
        m_refused.insert(QString::fromLatin1(result.word));
        break;
    case Status::NotServing:
        m_snapshot.reachable = true;
        m_snapshot.mode = ServerMode::NotServing;
        break;
    case Status::Answered:
        m_snapshot.reachable = true;
        m_snapshot.source = ServerSnapshot::Source::FourLetterWords;
        if (result.word == "srvr")
            FourLetterParser::applySrvr(result.text, &m_snapshot);
        else if (result.word == "mntr")
            FourLetterParser::applyMntr(result.text, &m_snapshot);
        else if (result.word == "wchs")
            m_snapshot.watches = FourLetterParser::parseWchs(result.text).total;
        break;
    }
    if (result.word == "srvr" && !m_adminError.isEmpty() && m_snapshot.reachable
        && m_snapshot.mode != ServerMode::NotServing) {
        m_adminRetryAtMs = QDateTime::currentMSecsSinceEpoch() + adminRetryMs;
    }
    if (result.status != Status::Answered && result.status != Status::NotWhitelisted) {
        complete();
        return;
    }
    if (result.word == "srvr")
        askNextWord();
    else if (result.word == "mntr" && m_refused.contains(QStringLiteral("mntr")))
        askNextWord();
    else
        complete();
}

/// After srvr: mntr has every figure; without it, wchs still gives the watch count.
void ServerPoller::askNextWord()
{
    if (!m_refused.contains(QStringLiteral("mntr")))
        askWord("mntr");
    else if (!m_refused.contains(QStringLiteral("wchs")))
        askWord("wchs");
    else
        complete();
}

void ServerPoller::complete()
{
    m_polling = false;
    m_snapshot.timeMs = QDateTime::currentMSecsSinceEpoch();
    QStringList refused(m_refused.begin(), m_refused.end());
    std::sort(refused.begin(), refused.end());
    // With the AdminServer answering, a refused word costs nothing: do not alarm anyone.
    if (m_snapshot.source != ServerSnapshot::Source::AdminServer) m_snapshot.refusedWords = refused;
    if (!m_snapshot.reachable && m_snapshot.error.isEmpty()) m_snapshot.error = m_adminError;
    emit polled(m_snapshot);
}
