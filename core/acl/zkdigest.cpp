#include "acl/zkdigest.h"

#include <QCryptographicHash>

namespace ZkDigest {

QString digestId(const QString &user, const QString &password)
{
    return digestIdFromCredentials((user + u':' + password).toUtf8());
}

QString digestIdFromCredentials(const QByteArray &credentials)
{
    const QByteArray hash = QCryptographicHash::hash(credentials, QCryptographicHash::Sha1);
    const int colon = credentials.indexOf(':');
    const QByteArray user = colon < 0 ? credentials : credentials.left(colon);
    return QString::fromUtf8(user) + u':' + QString::fromLatin1(hash.toBase64());
}

QString userOf(const QString &idOrCredentials)
{
    const qsizetype colon = idOrCredentials.indexOf(u':');
    return colon < 0 ? QString() : idOrCredentials.left(colon);
}

bool isHiddenHash(const QString &id)
{
    // ZooKeeper 3.8 replaces everything after the first ':' by "x" in getACL replies to
    // sessions that do not hold ADMIN on the node.
    const qsizetype colon = id.indexOf(u':');
    return colon > 0 && QStringView(id).mid(colon + 1) == u"x";
}

} // namespace ZkDigest
