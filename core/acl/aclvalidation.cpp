#include "acl/aclvalidation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AclValidation {

namespace {

// The server parses IPv4 with Integer.parseInt per dotted part; leading zeros are accepted
// there (and mean decimal), so they are accepted here too.
std::optional<QByteArray> parseV4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) return std::nullopt;
    QByteArray bytes;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3) return std::nullopt;
        for (QChar c : part)
            if (!c.isDigit() || c.unicode() > 127) return std::nullopt;
        const int value = part.toInt();
        if (value > 255) return std::nullopt;
        bytes.append(char(value));
    }
    return bytes;
}

std::optional<QByteArray> parseV6(const QString &text)
{
    if (!text.contains(u':')) return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    const Q_IPV6ADDR raw = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(raw.c), 16);
}

bool prefixEqual(const QByteArray &a, const QByteArray &b, int bits)
{
    for (int i = 0; i < a.size() && bits > 0; ++i, bits -= 8) {
        const quint8 mask = bits >= 8 ? 0xff : quint8(0xff << (8 - bits));
        if ((quint8(a[i]) & mask) != (quint8(b[i]) & mask)) return false;
    }
    return true;
}

} // namespace

std::optional<IpRange> parseIp(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<IpRange> {
        if (error) *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("AclValidation",
                                                "enter an address, e.g. 10.0.0.5 or 10.0.0.0/8"));
    const qsizetype slash = trimmed.indexOf(u'/');
    const QString addressText = slash < 0 ? trimmed : trimmed.left(slash);
    IpRange range;
    if (auto v4 = parseV4(addressText))
        range.address = *v4;
    else if (auto v6 = parseV6(addressText))
        range.address = *v6;
    else
        return fail(u"\"%1\" is not an IPv4 or IPv6 address"_s.arg(addressText));
    const int maxBits = int(range.address.size()) * 8;
    range.prefixBits = maxBits;
    if (slash >= 0) {
        const QString bitsText = trimmed.mid(slash + 1);
        bool ok = !bitsText.isEmpty();
        for (QChar c : bitsText) ok = ok && c.isDigit() && c.unicode() < 128;
        const int bits = ok ? bitsText.toInt(&ok) : -1;
        if (!ok || bits < 0 || bits > maxBits)
            return fail(
                QCoreApplication::translate(
                    "AclValidation", "the prefix after '/' must be a number between 0 and %1")
                    .arg(maxBits));
        range.prefixBits = bits;
    }
    if (error) error->clear();
    return range;
}

bool ipMatches(const QString &aclId, const QString &clientAddress)
{
    const auto range = parseIp(aclId);
    const auto client = parseIp(clientAddress);
    if (!range || !client || range->address.size() != client->address.size()) return false;
    return prefixEqual(range->address, client->address, range->prefixBits);
}

bool isDigestHash(const QString &hash)
{
    if (hash.size() != 28 || !hash.endsWith(u'=')) return false;
    for (QChar c : hash) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' || u == u'=';
        if (!ok) return false;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(hash.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 20;
}

namespace {

/// The scheme name and the permission bits, whatever the scheme.
QString validateSchemeAndPerms(const ZkAclEntry &entry)
{
    const QString scheme = entry.scheme.trimmed();
    if (scheme.isEmpty())
        return QCoreApplication::translate(
            "AclValidation",
            "choose a scheme (world, auth, digest, ip, x509, sasl or another by name)");
    if (scheme != entry.scheme || scheme.contains(u' ') || scheme.contains(u':'))
        return QCoreApplication::translate("AclValidation",
                                           "the scheme name must not contain spaces or ':'");
    if (entry.perms == 0)
        return QCoreApplication::translate("AclValidation",
                                           "grant at least one permission (r, w, c, d or a)");
    if (entry.perms & ~quint32(ZkPerm::All))
        return QCoreApplication::translate("AclValidation", "unknown permission bits 0x%1")
            .arg(entry.perms & ~quint32(ZkPerm::All), 0, 16);
    return {};
}

QString validateDigestId(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    if (colon <= 0)
        return QCoreApplication::translate(
            "AclValidation",
            "digest: the id must be user:hash (use the digest helper to compute it "
            "from a user and password)");
    const QString hash = id.mid(colon + 1);
    if (hash == u"x")
        return QCoreApplication::translate(
                   "AclValidation",
                   "digest: the hash of %1 is hidden by the server (this session lacks ADMIN); "
                   "enter the password in the digest helper to set it again")
            .arg(id.left(colon));
    if (!isDigestHash(hash))
        return u"digest: \"%1\" is not a base64 SHA-1 hash (28 characters ending in '='); "
               "the id is user:base64(sha1(user:password)), not the password"_s.arg(hash);
    return {};
}

QString validateIpId(const QString &id)
{
    QString why;
    const auto range = parseIp(id, &why);
    if (!range) return u"ip: %1"_s.arg(why);
    if (range->isV6())
        return QCoreApplication::translate(
            "AclValidation",
            "ip: IPv6 addresses are not supported by ZooKeeper 3.8's ip scheme (the "
            "server refuses them as an invalid ACL)");
    if (id != id.trimmed())
        return QCoreApplication::translate("AclValidation",
                                           "ip: remove the spaces around the address");
    return {};
}

} // namespace

QString validateEntry(const ZkAclEntry &entry)
{
    if (QString why = validateSchemeAndPerms(entry); !why.isEmpty()) return why;
    const QString &scheme = entry.scheme;
    const QString &id = entry.id;
    if (scheme == u"world")
        return id == u"anyone"
            ? QString()
            : QCoreApplication::translate("AclValidation", "world: the only id is \"anyone\"");
    if (scheme == u"auth")
        return id.isEmpty()
            ? QString()
            : QCoreApplication::translate("AclValidation",
                                          "auth: leave the id empty (the server fills "
                                          "in this session's identities)");
    if (scheme == u"digest") return validateDigestId(id);
    if (scheme == u"ip") return validateIpId(id);
    // x509, sasl and any other provider: the server alone knows its id syntax.
    if (id.isEmpty())
        return QCoreApplication::translate("AclValidation", "%1: enter the id").arg(scheme);
    return {};
}

QString validateAcl(const ZkAcl &acl, bool sessionAuthenticated)
{
    if (acl.isEmpty())
        return QCoreApplication::translate(
            "AclValidation", "an ACL needs at least one entry (the server refuses an empty ACL)");
    for (int i = 0; i < acl.size(); ++i) {
        const QString why = validateEntry(acl[i]);
        if (!why.isEmpty()) return u"row %1: %2"_s.arg(QString::number(i + 1), why);
        if (acl[i].scheme == u"auth" && !sessionAuthenticated)
            return QCoreApplication::translate(
                       "AclValidation",
                       "row %1: auth stands for this session's authenticated identities, and it "
                       "has "
                       "none (add digest credentials to the connection, or use a digest entry)")
                .arg(i + 1);
    }
    return {};
}

QString entryText(const ZkAclEntry &entry)
{
    return entry.id.isEmpty() ? entry.scheme + u':' : entry.scheme + u':' + entry.id;
}

QString permsText(quint32 perms)
{
    QString text;
    text += perms & ZkPerm::Read ? u'r' : u'-';
    text += perms & ZkPerm::Write ? u'w' : u'-';
    text += perms & ZkPerm::Create ? u'c' : u'-';
    text += perms & ZkPerm::Delete ? u'd' : u'-';
    text += perms & ZkPerm::Admin ? u'a' : u'-';
    return text;
}

QString permNames(quint32 perms)
{
    QStringList names;
    if (perms & ZkPerm::Read) names << u"READ"_s;
    if (perms & ZkPerm::Write) names << u"WRITE"_s;
    if (perms & ZkPerm::Create) names << u"CREATE"_s;
    if (perms & ZkPerm::Delete) names << u"DELETE"_s;
    if (perms & ZkPerm::Admin) names << u"ADMIN"_s;
    return names.isEmpty() ? QCoreApplication::translate("AclValidation", "no permission")
                           : names.join(u", ");
}

} // namespace AclValidation
