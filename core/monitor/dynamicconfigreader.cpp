#include "monitor/dynamicconfigreader.h"

#include <QPointer>

namespace DynamicConfigReader {

namespace {
const QString configPath = QStringLiteral("/zookeeper/config");
} // namespace

bool needsUnchrootedSession(const ZkSession *session)
{
    return !session->connection().chroot.isEmpty();
}

void read(ZkSession *session, bool watch, QObject *owner, ZkSession::DataCallback cb)
{
    if (!needsUnchrootedSession(session)) {
        session->getData(configPath, watch, owner, std::move(cb));
        return;
    }
    ConnectionString servers = session->connection();
    servers.chroot.clear();
    SessionOptions options = session->options();
    options.connectString = servers.displayString();
    options.readOnly = true; // it only reads
    options.renewExpiredSession = false;
    options.retryAfterConnectTimeout = false;

    auto *reader = new ZkSession(owner);
    if (const ZkError error = reader->open(options)) {
        reader->deleteLater();
        DataReply reply;
        reply.path = configPath;
        reply.error = error;
        QMetaObject::invokeMethod(
            owner, [cb = std::move(cb), reply] { cb(reply); }, Qt::QueuedConnection);
        return;
    }
    // Queued until connected; a failed connect fails the request, so cb runs either way. The
    // reader is deleted (closing its handle off the GUI thread) once the reply is in.
    QPointer<ZkSession> guard(reader);
    reader->getData(configPath, false, owner, [guard, cb = std::move(cb)](const DataReply &r) {
        if (guard) guard->deleteLater();
        cb(r);
    });
}

} // namespace DynamicConfigReader
