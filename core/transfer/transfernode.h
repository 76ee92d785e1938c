#pragma once

#include "zk/zkacl.h"
#include "zk/zkstat.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// What kind of znode a record describes. The Stat tells them apart through ephemeralOwner
/// (EphemeralType.java): containers use Long.MIN_VALUE, TTL nodes set the top byte to 0xFF and
/// keep the TTL in the low 48 bits, any other non-zero value is the owning session.
enum class NodeKind { Persistent, Ephemeral, Container, Ttl };

namespace NodeKinds {
NodeKind of(const ZkStat &stat);
/// The TTL of a TTL node in ms, 0 for every other kind.
qint64 ttlMs(const ZkStat &stat);
QString name(NodeKind kind); ///< "persistent", "ephemeral", "container", "ttl"
std::optional<NodeKind> fromName(QStringView name);
} // namespace NodeKinds

/// One znode as export, import and compare see it: the path relative to the subtree's root
/// ("" for the root itself, "/a/b" below it), data byte for byte (null stays null), the ACL and
/// the kind. `version`/`aversion` are the live node's (for version-checked writes), -1 when the
/// record comes from a file.
struct TransferNode
{
    QString relPath;
    QByteArray data;
    ZkAcl acl;
    NodeKind kind = NodeKind::Persistent;
    qint64 ttlMs = 0;
    int version = -1;
    int aversion = -1;
    std::optional<ZkStat> stat; ///< a live node's Stat, or the one a file carried
    /// Set when the bytes were not kept (a larger value of a live side that is only compared,
    /// so two 50,000-node trees do not sit in memory twice): digestOf() the data, which is then
    /// null until fetched again (SourceDataFetcher) for a diff view or a write.
    QByteArray digest;

    bool dataHeld() const { return digest.isEmpty(); }
    QByteArray dataDigest() const { return dataHeld() ? digestOf(data) : digest; }
    /// Keeps only the digest of a value longer than `keepUpTo` bytes.
    void dropData(qsizetype keepUpTo);
    /// SHA-1 of the bytes, after one byte telling null from empty data.
    static QByteArray digestOf(const QByteArray &data);

    /// Depth below the root: 0 for the root, 1 for its children.
    int depth() const { return int(relPath.count(u'/')); }
};

/// A whole subtree in memory, from a crawl or a file: records in parent-before-child order.
struct TransferSnapshot
{
    QString root;   ///< absolute path the records are relative to
    QString origin; ///< "127.0.0.1:2181", a file name, ...
    QList<TransferNode> nodes;
    QStringList ephemeralPaths; ///< relative paths of ephemeral nodes left out
    qint64 unreadable = 0;      ///< nodes the reading session was refused
    QStringList unreadablePaths;
    bool missing = false; ///< the root does not exist (an empty side)

    static QString absolute(const QString &root, const QString &relPath);
    static QString relative(const QString &root, const QString &path);
};
Q_DECLARE_METATYPE(TransferSnapshot)

/// "cdrwa" letters (zkCli's order) for permission bits, and back; nullopt for an unknown letter.
QString permsToLetters(quint32 perms);
std::optional<quint32> permsFromLetters(QStringView letters);
