#pragma once

#include "monitor/adminclient.h"
#include "monitor/fourletterclient.h"
#include "monitor/serversnapshot.h"

#include <QObject>
#include <QSet>

class QNetworkAccessManager;

/// Polls one server: the AdminServer's `monitor` and `stats` when it answers, else the
/// four-letter words `srvr` then `mntr` (or `wchs` when mntr is refused). Exactly one request is
/// in flight at a time, and a poll() while a cycle runs is skipped, so a slow server is never
/// flooded. Words the server refuses ("not in the whitelist") are not asked again until the
/// server has been down (a whitelist only changes with a restart).
class ServerPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPoller)

public:
    ServerPoller(const ServerEndpoint &endpoint, QNetworkAccessManager *network,
                 QObject *parent = nullptr);

    const ServerEndpoint &endpoint() const { return m_endpoint; }
    void setAdminPort(quint16 port);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Starts a poll cycle; polled() follows. Returns false (skipped) while one is running.
    bool poll();
    bool isPolling() const { return m_polling; }
    int skippedPolls() const { return m_skipped; }

signals:
    void polled(const ServerSnapshot &snapshot);

private:
    void askAdmin(const QString &command);
    void onAdminFinished(const AdminResult &result);
    void askWord(const QByteArray &word);
    void onWordFinished(const FourLetterResult &result);
    void askNextWord();
    void complete();
    bool adminUsable() const;

    ServerEndpoint m_endpoint;
    FourLetterClient m_words;
    AdminClient m_admin;
    ServerSnapshot m_snapshot; // the cycle being filled
    QSet<QString> m_refused;
    QString m_adminError;        // this cycle's AdminServer failure, for the error text
    qint64 m_adminRetryAtMs = 0; // AdminServer off while the server is up: ask again later
    int m_timeoutMs = 3000;
    int m_skipped = 0;
    bool m_polling = false;
};
