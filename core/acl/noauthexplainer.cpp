#include "acl/noauthexplainer.h"

#include "acl/aclvalidation.h"
#include "acl/zkdigest.h"
#include "util/displaytext.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NoAuthExplainer {

QString aclPathFor(ZkOperation op, const QString &path)
{
    if (op == ZkOperation::Create || op == ZkOperation::Delete) return ZkPath::parent(path);
    return path;
}

quint32 permissionFor(ZkOperation op)
{
    switch (op) {
    case ZkOperation::ReadData:
    case ZkOperation::ListChildren:
        return ZkPerm::Read;
    case ZkOperation::WriteData:
        return ZkPerm::Write;
    case ZkOperation::Create:
        return ZkPerm::Create;
    case ZkOperation::Delete:
        return ZkPerm::Delete;
    case ZkOperation::ReadAcl:
        return ZkPerm::Read | ZkPerm::Admin;
    case ZkOperation::SetAcl:
        return ZkPerm::Admin;
    }
    return 0;
}

QString operationText(ZkOperation op)
{
    switch (op) {
    case ZkOperation::ReadData:
        return u"read the data of"_s;
    case ZkOperation::ListChildren:
        return u"list the children of"_s;
    case ZkOperation::WriteData:
        return u"write the data of"_s;
    case ZkOperation::Create:
        return u"create"_s;
    case ZkOperation::Delete:
        return u"delete"_s;
    case ZkOperation::ReadAcl:
        return u"read the ACL of"_s;
    case ZkOperation::SetAcl:
        return u"change the ACL of"_s;
    }
    return {};
}

QString explain(ZkOperation op, const QString &path, const std::optional<ZkAcl> &acl,
                int aclVersion, const ZkError &aclError, const SessionIdentities &who)
{
    // Paths and ACL ids come from the server: shown with DisplayText's markers (never as markup
    // by the widgets), and every message is built by one arg() so a "%2" in them stays text.
    const QString shownPath = DisplayText::shown(path);
    const QString aclPath = aclPathFor(op, path);
    const QString shownAclPath = DisplayText::shown(aclPath);
    const quint32 needed = permissionFor(op);
    const QString neededText =
        op == ZkOperation::ReadAcl ? u"READ or ADMIN"_s : AclValidation::permNames(needed);
    QStringList lines;
    lines << u"Not authorised: the server refused to %1 %2 (ZNOAUTH)."_s.arg(operationText(op),
                                                                             shownPath);
    lines << (aclPath == path
                  ? u"That needs %1 permission on the node."_s.arg(neededText)
                  : u"That needs %1 permission on its parent %2."_s.arg(neededText, shownAclPath));
    bool digestUserListed = false;
    if (acl) {
        QStringList entries;
        bool hidden = false;
        for (const ZkAclEntry &e : *acl) {
            entries << u"%1 %2"_s.arg(DisplayText::shown(AclValidation::entryText(e)),
                                      AclValidation::permsText(e.perms));
            hidden = hidden || (e.scheme == u"digest" && ZkDigest::isHiddenHash(e.id));
            for (const AclIdentity &id : who.ids)
                digestUserListed = digestUserListed
                    || (e.scheme == u"digest" && id.scheme == u"digest"
                        && ZkDigest::userOf(e.id) == ZkDigest::userOf(id.id));
        }
        lines << u"ACL of %1 (ACL version %2): %3"_s.arg(shownAclPath, QString::number(aclVersion),
                                                         entries.isEmpty() ? u"(empty)"_s
                                                                           : entries.join(u", "));
        if (hidden)
            lines << u"(The server hides digest hashes, shown as user:x, from sessions without "
                     "ADMIN on the node.)"_s;
    } else {
        lines << u"The ACL of %1 cannot be read by this session either (%2)."_s.arg(
            shownAclPath,
            aclError.message.isEmpty() ? zkCodeName(aclError.code) : aclError.message);
    }
    const QStringList names = who.displayNames();
    lines << u"This session holds: %1."_s.arg(
        names.isEmpty() ? u"no identity"_s : DisplayText::visible(names.join(u", ")));
    const bool hasDigest = std::any_of(who.ids.begin(), who.ids.end(),
                                       [](const AclIdentity &i) { return i.scheme == u"digest"; });
    if (hasDigest) {
        QString hint = u"Hint: ZooKeeper does not check a digest password at login: a wrong "
                       "password is accepted silently and shows up only now, as a refusal."_s;
        if (digestUserListed)
            hint += u" The ACL names this user, so the password this connection uses is the "
                    "likely cause: check it in the connection's Auth… settings."_s;
        lines << hint;
    } else if (who.ids.size() <= 1) {
        lines << u"This connection sends no credentials: add them with Auth… in the connection "
                 "bar if the node is protected by digest or another scheme."_s;
    }
    return lines.join(u'\n');
}

void explainAsync(ZkSession *session, ZkOperation op, const QString &path, QObject *owner,
                  std::function<void(const QString &message)> done)
{
    const SessionIdentities who = SessionIdentities::fromSession(*session);
    const QString aclPath = aclPathFor(op, path);
    session->getAcl(aclPath, owner, [op, path, who, done](const AclReply &reply) {
        if (reply.error)
            done(explain(op, path, std::nullopt, -1, reply.error, who));
        else
            done(explain(op, path, reply.acl, reply.stat.aversion, {}, who));
    });
}

} // namespace NoAuthExplainer
