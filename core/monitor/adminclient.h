#pragma once

#include "monitor/adminparser.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

/// The outcome of one AdminServer command.
struct AdminResult
{
    QString command;
    /// False when no HTTP answer came (refused, timeout): the AdminServer is off or the
    /// server is down. True with an error in `reply` for an answer that is not usable.
    bool reachable = false;
    QString networkError;
    AdminReply reply;
};

/// Asks one server's AdminServer (`GET http://host:port/commands/<name>`), one command at a
/// time, with a timeout. finished() follows every get(), asynchronously.
class AdminClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminClient)

public:
    /// `network` is shared by the pollers of one dashboard and outlives this client.
    explicit AdminClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AdminClient() override;

    /// Ignored (returns false) while a command is in flight.
    bool get(const QString &host, quint16 port, const QString &command, int timeoutMs = 3000);
    bool isBusy() const { return !m_reply.isNull(); }

signals:
    void finished(const AdminResult &result);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_command;
};
