#pragma once

#include <QString>

#include <optional>

class QMimeData;
class ZkSession;

/// What a znode dragged out of a tree carries (MIME type kMimeType): its path and the identity
/// of the session it was read through. The identity is a pointer value with the process id: it
/// means something only inside this process, and a drop target must match it against the
/// sessions open now (sessionIs()) before it trusts it; it is never dereferenced.
struct ZNodeDragPayload
{
    static constexpr auto kMimeType = "application/x-zkdesk-znode";

    qint64 pid = 0;
    quintptr session = 0;
    QString path;

    /// A new QMimeData (the caller, usually QDrag, owns it) for `path` of `session`.
    static QMimeData *mimeData(const ZkSession *session, const QString &path);
    /// The payload of `data`, empty when it has none, is malformed, or comes from another
    /// process.
    static std::optional<ZNodeDragPayload> read(const QMimeData *data);
    /// True when the drag came from `candidate` (compares addresses only).
    bool sessionIs(const ZkSession *candidate) const;
};
