#include "monitor/fourletterclient.h"

#include "monitor/fourletterparser.h"

#include <QTcpSocket>

FourLetterClient::FourLetterClient(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(FourLetterResult::Status::TimedOut,
               tr("no answer within %1 s").arg(m_timeout.interval() / 1000.0));
    });
}

FourLetterClient::~FourLetterClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool FourLetterClient::send(const QString &host, quint16 port, const QByteArray &word,
                            int timeoutMs)
{
    if (m_socket) return false;
    m_word = word;
    m_answer.clear();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(m_word); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_answer += m_socket->readAll();
        if (m_answer.size() > maxAnswerBytes()) onDisconnected();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &FourLetterClient::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            onDisconnected(); // the normal end of an answer
        else
            finish(FourLetterResult::Status::Unreachable, m_socket->errorString());
    });
    m_timeout.start(timeoutMs);
    m_socket->connectToHost(host, port);
    return true;
}

void FourLetterClient::onDisconnected()
{
    if (!m_socket) return;
    m_answer += m_socket->readAll();
    m_answer.truncate(maxAnswerBytes());
    if (!FourLetterParser::refusedWord(m_answer).isEmpty())
        finish(FourLetterResult::Status::NotWhitelisted);
    else if (FourLetterParser::isNotServing(m_answer))
        finish(FourLetterResult::Status::NotServing);
    else
        finish(FourLetterResult::Status::Answered);
}

void FourLetterClient::finish(FourLetterResult::Status status, const QString &error)
{
    if (!m_socket) return;
    m_timeout.stop();
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    FourLetterResult result;
    result.word = m_word;
    result.status = status;
    result.text = std::exchange(m_answer, {});
    result.error = error;
    // Never inside send(): a connection refused at once is reported from the event loop too.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}
