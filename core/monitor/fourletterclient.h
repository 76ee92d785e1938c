#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

/// The outcome of one four-letter word.
struct FourLetterResult
{
    enum class Status {
        Answered,       ///< `text` holds the answer
        NotWhitelisted, ///< "<word> is not executed because it is not in the whitelist."
        NotServing,     ///< "This ZooKeeper instance is not currently serving requests"
        Unreachable,    ///< refused, reset or unknown host: `error` says which
        TimedOut,       ///< no complete answer in time
    };
    QByteArray word;
    Status status = Status::Unreachable;
    QByteArray text;
    QString error;
};

/// Sends four-letter words to one server over TCP, one at a time: a word opens a connection,
/// the server answers and closes it. Every request ends in finished(), asynchronously, within
/// the timeout; nothing blocks.
class FourLetterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FourLetterClient)

public:
    explicit FourLetterClient(QObject *parent = nullptr);
    ~FourLetterClient() override;

    /// Sends `word` to host:port. Ignored (returns false) while a word is in flight.
    bool send(const QString &host, quint16 port, const QByteArray &word, int timeoutMs = 3000);
    bool isBusy() const { return m_socket != nullptr; }
    /// Answers larger than this are cut (a `cons` of a server with 100k clients).
    static constexpr qsizetype maxAnswerBytes() { return 8 * 1024 * 1024; }

signals:
    void finished(const FourLetterResult &result);

private:
    void finish(FourLetterResult::Status status, const QString &error = {});
    void onDisconnected();

    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    QByteArray m_word;
    QByteArray m_answer;
};
