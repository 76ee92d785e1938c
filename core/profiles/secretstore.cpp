#include "profiles/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

namespace {

/// Errors that mean "there is no keychain to talk to", as opposed to "the keychain said no".
/// QtKeychain reports a missing Secret Service on D-Bus as OtherError (with the D-Bus error in
/// errorString()), a missing platform backend as NoBackendAvailable or NotImplemented.
bool meansNoService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

SecretStore::~SecretStore()
{
    for (QByteArray &secret : m_memory) wipe(secret);
}

QString SecretStore::keyFor(const QString &profileId, const QString &secretKey)
{
    return profileId + u'/' + secretKey;
}

void SecretStore::markUnavailable(const QString &reason)
{
    if (!m_available) return;
    m_available = false;
    m_reason = tr("No system keychain is available (%1). Passwords are kept in memory for this "
                  "session only and asked for again next time.")
                   .arg(reason);
    emit keychainUnavailable(m_reason);
}

void SecretStore::forget(const QString &key)
{
    auto it = m_memory.find(key);
    if (it != m_memory.end()) {
        wipe(*it);
        m_memory.erase(it);
    }
}

void SecretStore::succeedLater(const DoneCallback &done)
{
    QMetaObject::invokeMethod(
        this,
        [done] {
            if (done) done({});
        },
        Qt::QueuedConnection);
}

void SecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    if (!m_available) {
        forget(key);
        m_memory.insert(key, secret);
        succeedLater(done);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    // The lambda holds a copy of the secret for the memory fallback: wiped once used.
    connect(
        job, &QKeychain::Job::finished, this,
        [this, key, copy = secret, done](QKeychain::Job *j) mutable {
            QString error;
            if (j->error() != QKeychain::NoError) {
                if (meansNoService(j->error())) {
                    markUnavailable(j->errorString());
                    m_memory.insert(key, copy);
                } else {
                    error =
                        tr("The keychain refused to store the secret: %1").arg(j->errorString());
                }
            }
            wipe(copy);
            if (done) done(error);
        });
    job->start();
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    if (!m_available) {
        const auto it = m_memory.constFind(key);
        std::optional<QByteArray> secret;
        if (it != m_memory.constEnd()) secret = *it;
        QMetaObject::invokeMethod(
            this, [done, secret] { done(secret, {}); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        switch (j->error()) {
        case QKeychain::NoError:
            done(readJob->binaryData(), {});
            return;
        case QKeychain::EntryNotFound:
            done(std::nullopt, {});
            return;
        default:
            break;
        }
        if (meansNoService(j->error())) {
            markUnavailable(j->errorString());
            const auto it = m_memory.constFind(key);
            done(it == m_memory.constEnd() ? std::nullopt : std::optional(*it), {});
            return;
        }
        done(std::nullopt, tr("The keychain refused to give the secret: %1").arg(j->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &key, DoneCallback done)
{
    forget(key);
    if (!m_available) {
        succeedLater(done);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        QString error;
        if (j->error() == QKeychain::CouldNotDeleteEntry || j->error() == QKeychain::AccessDenied
            || j->error() == QKeychain::AccessDeniedByUser)
            error = tr("The keychain refused to delete the secret: %1").arg(j->errorString());
        else if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound
                 && meansNoService(j->error()))
            markUnavailable(j->errorString());
        if (done) done(error);
    });
    job->start();
}
