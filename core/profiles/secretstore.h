#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

/// The secrets of the connection profiles (auth credentials, TLS key and SASL passwords), in the
/// system keychain through QtKeychain (Secret Service on Linux, the macOS Keychain, the Windows
/// Credential Store). Nothing is ever written to a file by zkdesk itself.
///
/// When no keychain service answers (no Secret Service on the session bus, a locked-down
/// desktop), the store says so once (keychainUnavailable()) and keeps what it is given in memory
/// for this run only, so the caller asks the user at connect time and nothing touches disk.
/// Memory copies are overwritten before they are released.
///
/// Every call is asynchronous (the keychain may prompt or talk D-Bus); callbacks run on the
/// store's thread, never inside the call.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(std::optional<QByteArray> secret, QString error)>;
    using DoneCallback = std::function<void(QString error)>;

    /// `service` names the keychain entries' service ("zkdesk"; tests use their own).
    explicit SecretStore(QString service = QStringLiteral("zkdesk"), QObject *parent = nullptr);
    ~SecretStore() override;

    /// The key of one secret of one profile: "<profile id>/<secret key>".
    static QString keyFor(const QString &profileId, const QString &secretKey);

    void write(const QString &key, const QByteArray &secret, DoneCallback done = {});
    /// `secret` is nullopt when there is none (never stored, or memory-only and not given yet).
    void read(const QString &key, ReadCallback done);
    /// Removing a secret that does not exist is not an error.
    void remove(const QString &key, DoneCallback done = {});

    /// False once the keychain failed for lack of a service: secrets then live in memory only.
    bool keychainAvailable() const { return m_available; }
    /// Why the keychain is not used, for the one notice the UI shows.
    const QString &unavailableReason() const { return m_reason; }

signals:
    /// Emitted once, the first time the keychain cannot be reached.
    void keychainUnavailable(const QString &reason);

private:
    void succeedLater(const DoneCallback &done);
    void markUnavailable(const QString &reason);
    void forget(const QString &key);

    QString m_service;
    bool m_available = true;
    QString m_reason;
    QHash<QString, QByteArray> m_memory; ///< session-only secrets when there is no keychain
};
