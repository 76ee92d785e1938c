#include "transfer/transfernode.h"

#include <QCryptographicHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kContainerOwner = std::numeric_limits<qint64>::min();
constexpr quint64 kExtendedMask = 0xFF00000000000000ULL;
constexpr quint64 kTtlValueMask = 0x0000FFFFFFFFFFFFULL;
constexpr struct
{
    char letter;
    quint32 bit;
} kPermLetters[] = {{'c', ZkPerm::Create},
                    {'d', ZkPerm::Delete},
                    {'r', ZkPerm::Read},
                    {'w', ZkPerm::Write},
                    {'a', ZkPerm::Admin}};
} // namespace

NodeKind NodeKinds::of(const ZkStat &stat)
{
    if (stat.ephemeralOwner == 0) return NodeKind::Persistent;
    if (stat.ephemeralOwner == kContainerOwner) return NodeKind::Container;
    if ((quint64(stat.ephemeralOwner) & kExtendedMask) == kExtendedMask) return NodeKind::Ttl;
    return NodeKind::Ephemeral;
}

qint64 NodeKinds::ttlMs(const ZkStat &stat)
{
    return of(stat) == NodeKind::Ttl ? qint64(quint64(stat.ephemeralOwner) & kTtlValueMask) : 0;
}

QString NodeKinds::name(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Persistent:
        return u"persistent"_s;
    case NodeKind::Ephemeral:
        return u"ephemeral"_s;
    case NodeKind::Container:
        return u"container"_s;
    case NodeKind::Ttl:
        return u"ttl"_s;
    }
    return {};
}

std::optional<NodeKind> NodeKinds::fromName(QStringView name)
{
    for (NodeKind k :
         {NodeKind::Persistent, NodeKind::Ephemeral, NodeKind::Container, NodeKind::Ttl})
        if (name == NodeKinds::name(k)) return k;
    return std::nullopt;
}

QString TransferSnapshot::absolute(const QString &root, const QString &relPath)
{
    if (relPath.isEmpty()) return root;
    return root == u"/" ? relPath : root + relPath;
}

QString TransferSnapshot::relative(const QString &root, const QString &path)
{
    if (path == root) return {};
    return root == u"/" ? path : path.mid(root.size());
}

QString permsToLetters(quint32 perms)
{
    QString out;
    for (const auto &p : kPermLetters)
        if (perms & p.bit) out += QLatin1Char(p.letter);
    return out;
}

std::optional<quint32> permsFromLetters(QStringView letters)
{
    quint32 perms = 0;
    for (QChar c : letters) {
        bool known = false;
        for (const auto &p : kPermLetters) {
            if (c == QLatin1Char(p.letter)) {
                perms |= p.bit;
                known = true;
            }
        }
        if (!known) return std::nullopt;
    }
    return perms;
}

QByteArray TransferNode::digestOf(const QByteArray &data)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(data.isNull() ? QByteArrayView("N") : QByteArrayView("D"));
    hash.addData(data);
    return hash.result();
}

void TransferNode::dropData(qsizetype keepUpTo)
{
    if (!dataHeld() || data.size() <= keepUpTo) return;
    digest = digestOf(data);
    data = QByteArray();
}
