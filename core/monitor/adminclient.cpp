#include "monitor/adminclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

AdminClient::AdminClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

AdminClient::~AdminClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool AdminClient::get(const QString &host, quint16 port, const QString &command, int timeoutMs)
{
    if (m_reply) return false;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/commands/") + command);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    m_command = command;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &AdminClient::onFinished);
    return true;
}

void AdminClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) return;
    reply->deleteLater();
    AdminResult result;
    result.command = m_command;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reachable = httpStatus != 0;
    if (!result.reachable) {
        result.networkError = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer in time")
            : reply->errorString();
    } else {
        result.reply = AdminParser::parseReply(reply->readAll());
        if (result.reply.ok() && httpStatus >= 400)
            result.reply.error = tr("HTTP status %1").arg(httpStatus);
    }
    emit finished(result);
}
