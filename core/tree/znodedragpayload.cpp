#include "tree/znodedragpayload.h"

#include "zk/zkpath.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace {
// Bumped when the layout changes: another zkdesk build's payload is then not misread.
constexpr quint32 kFormat = 1;
} // namespace

QMimeData *ZNodeDragPayload::mimeData(const ZkSession *session, const QString &path)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kFormat << QCoreApplication::applicationPid()
        << quint64(reinterpret_cast<quintptr>(session)) << path;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), bytes);
    // Other applications (a text editor, a terminal) get the path.
    data->setText(path);
    return data;
}

std::optional<ZNodeDragPayload> ZNodeDragPayload::read(const QMimeData *data)
{
    const QString type = QString::fromLatin1(kMimeType);
    if (!data || !data->hasFormat(type)) return std::nullopt;
    QDataStream in(data->data(type));
    quint32 format = 0;
    ZNodeDragPayload payload;
    quint64 session = 0;
    in >> format >> payload.pid >> session >> payload.path;
    if (in.status() != QDataStream::Ok || format != kFormat || session == 0
        || payload.pid != QCoreApplication::applicationPid() || !ZkPath::isValid(payload.path))
        return std::nullopt;
    payload.session = quintptr(session);
    return payload;
}

bool ZNodeDragPayload::sessionIs(const ZkSession *candidate) const
{
    return candidate && reinterpret_cast<quintptr>(candidate) == session;
}
