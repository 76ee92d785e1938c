#include "acl/aclevaluator.h"

#include "acl/aclvalidation.h"
#include "acl/zkdigest.h"
#include "util/displaytext.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

QString AclIdentity::displayName() const
{
    if (scheme == u"digest") return scheme + u':' + ZkDigest::userOf(id);
    if (guessed) // `id` is the raw credential: never on screen
        return ZkAuthEntry{scheme, {}}.displayName();
    return scheme + u':' + id;
}

SessionIdentities SessionIdentities::from(const QList<ZkAuthEntry> &auth,
                                          const QString &connectedServer)
{
    SessionIdentities who;
    for (const ZkAuthEntry &entry : auth) {
        if (entry.scheme == u"digest")
            who.ids.append({entry.scheme, ZkDigest::digestIdFromCredentials(entry.credentials)});
        else
            who.ids.append({entry.scheme, QString::fromUtf8(entry.credentials), true});
    }
    // "host:port" or "[v6]:port"; the C client reports numeric addresses.
    QString host = connectedServer.section(u':', 0, -2);
    if (host.startsWith(u'[') && host.endsWith(u']')) host = host.mid(1, host.size() - 2);
    const QHostAddress server(host);
    if (!server.isNull() && server.isLoopback()) {
        // Over loopback the server sees 127.0.0.1 (or ::1, which 3.8's ip scheme never
        // matches, but it is what the server holds).
        const bool v6 =
            server.protocol() == QAbstractSocket::IPv6Protocol && !host.startsWith(u"::ffff:");
        who.ids.append({u"ip"_s, v6 ? u"0:0:0:0:0:0:0:1"_s : u"127.0.0.1"_s});
        who.addressKnown = true;
    }
    return who;
}

SessionIdentities SessionIdentities::fromSession(const ZkSession &session)
{
    SessionIdentities who = from(session.options().auth, session.connectedServer());
    // What the handshake proved: the client certificate's subject and the SASL principal.
    for (const QString &id : session.identities()) {
        const QString scheme = id.section(u':', 0, 0);
        if (scheme == u"x509" || scheme == u"sasl") who.ids.append({scheme, id.section(u':', 1)});
    }
    return who;
}

bool SessionIdentities::hasAuthenticated() const
{
    return std::any_of(ids.begin(), ids.end(),
                       [](const AclIdentity &i) { return i.scheme != u"ip"; });
}

QStringList SessionIdentities::displayNames() const
{
    QStringList names;
    for (const AclIdentity &i : ids) names << i.displayName();
    if (!addressKnown)
        names << QCoreApplication::translate("AclEvaluator", "ip:(this client's address, unknown)");
    return names;
}

namespace AclEvaluator {

AclDecision evaluate(const ZkAcl &acl, const SessionIdentities &who)
{
    AclDecision d;
    if (acl.isEmpty()) {
        // The server skips the check for a node without ACL entries.
        d.granted = ZkPerm::All;
        return d;
    }
    for (int i = 0; i < acl.size(); ++i) {
        const ZkAclEntry &e = acl[i];
        bool certain = false;
        bool maybe = false;
        if (e.scheme == u"world") {
            certain = e.id == u"anyone";
        } else if (e.scheme == u"auth") {
            certain = who.hasAuthenticated();
        } else if (e.scheme == u"ip") {
            for (const AclIdentity &id : who.ids)
                certain = certain || (id.scheme == u"ip" && AclValidation::ipMatches(e.id, id.id));
            maybe = !who.addressKnown && AclValidation::parseIp(e.id).has_value();
        } else {
            for (const AclIdentity &id : who.ids) {
                if (id.scheme != e.scheme) continue;
                if (id.id == e.id)
                    certain = true;
                else if (id.guessed)
                    maybe = true;
                else if (e.scheme == u"digest" && ZkDigest::isHiddenHash(e.id)
                         && ZkDigest::userOf(e.id) == ZkDigest::userOf(id.id))
                    maybe = true; // the hash is hidden from us: cannot tell
            }
        }
        if (certain) {
            d.granted |= e.perms;
            d.grantingEntries.append(i);
        } else if (maybe) {
            d.uncertain |= e.perms;
        }
    }
    d.uncertain &= ~d.granted;
    return d;
}

ZkAcl fixup(const ZkAcl &acl, const SessionIdentities &who)
{
    ZkAcl out;
    for (const ZkAclEntry &e : acl) {
        if (e.scheme != u"auth") {
            out.append(e);
            continue;
        }
        for (const AclIdentity &id : who.ids)
            if (id.scheme != u"ip") out.append({id.scheme, id.id, e.perms});
    }
    // The server drops exact duplicates.
    ZkAcl unique;
    for (const ZkAclEntry &e : out)
        if (!unique.contains(e)) unique.append(e);
    return unique;
}

bool sameAcl(const ZkAcl &a, const ZkAcl &b)
{
    if (a.size() != b.size()) return false;
    return std::all_of(a.begin(), a.end(), [&](const ZkAclEntry &e) { return b.contains(e); })
        && std::all_of(b.begin(), b.end(), [&](const ZkAclEntry &e) { return a.contains(e); });
}

QString lockOutWarning(const QString &path, const ZkAcl &newAcl, const SessionIdentities &who)
{
    const AclDecision d = evaluate(newAcl, who);
    const quint32 lost = quint32(ZkPerm::Read | ZkPerm::Admin) & ~d.granted;
    if (lost == 0) return {};
    QString text = QCoreApplication::translate(
                       "AclEvaluator", "After this change this session could no longer %1 %2.")
                       .arg(lost == (ZkPerm::Read | ZkPerm::Admin)
                                ? QCoreApplication::translate("AclEvaluator", "read or administer")
                                : lost == ZkPerm::Read
                                ? QCoreApplication::translate("AclEvaluator", "read")
                                : QCoreApplication::translate("AclEvaluator", "change the ACL of"),
                            DisplayText::shown(path));
    if (lost & ZkPerm::Admin)
        text += QCoreApplication::translate("AclEvaluator",
                                            " Without ADMIN you cannot undo this change yourself.");
    if (d.uncertain & lost)
        text += QCoreApplication::translate(
                    "AclEvaluator",
                    " (An entry might still match an identity the client cannot verify: %1.)")
                    .arg(AclValidation::permNames(d.uncertain & lost));
    text += QCoreApplication::translate("AclEvaluator", "\nThis session is: %1.")
                .arg(DisplayText::visible(who.displayNames().join(u", ")));
    return text;
}

} // namespace AclEvaluator
