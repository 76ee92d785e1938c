#include "profiles/profilecredentials.h"

#include "profiles/secretstore.h"

#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace {

/// Collects the answers of one profile's reads; the last one to arrive reports.
struct Pending
{
    QList<std::optional<QByteArray>> secrets;
    QStringList errors;
    int outstanding = 0;
};

} // namespace

void readProfileCredentials(SecretStore &store, const ConnectionProfile &profile, QObject *context,
                            std::function<void(const ProfileCredentials &)> done)
{
    auto pending = std::make_shared<Pending>();
    pending->secrets.resize(profile.auth.size());
    pending->outstanding = int(profile.auth.size());
    QPointer<QObject> guard(context);
    const auto report = [pending, profile, guard, done] {
        if (!guard) return;
        ProfileCredentials result;
        result.errors = pending->errors;
        for (qsizetype i = 0; i < profile.auth.size(); ++i) {
            if (pending->secrets[i] && !pending->secrets[i]->isEmpty())
                result.found.append({profile.auth[i].scheme, *pending->secrets[i]});
            else
                result.missing.append(profile.auth[i]);
        }
        done(result);
    };
    if (profile.auth.isEmpty()) {
        QMetaObject::invokeMethod(context, report, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < profile.auth.size(); ++i) {
        store.read(SecretStore::keyFor(profile.id, profile.auth[i].secretKey),
                   [pending, i, report](std::optional<QByteArray> secret, QString error) {
                       pending->secrets[i] = std::move(secret);
                       if (!error.isEmpty()) pending->errors << error;
                       if (--pending->outstanding == 0) report();
                   });
    }
}
