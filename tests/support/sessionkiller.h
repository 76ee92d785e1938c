#pragma once

#include <QByteArray>
#include <QString>

namespace TestUtil {
/// Returns true also when the session had already expired.
/// Expires a session the standard way: a second client attaches with the same session id and
/// password, then closes, which ends the session on the server. The first client learns it on
/// its next reconnect (the server drops its connection), as EXPIRED. Returns false (and warns)
/// when the takeover could not connect within `timeoutMs`.
bool expireSession(const QString &connectString, qint64 sessionId, const QByteArray &password,
                   int timeoutMs = 20000);
} // namespace TestUtil
