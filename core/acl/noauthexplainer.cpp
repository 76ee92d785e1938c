#include "acl/noauthexplainer.h"

#include "acl/aclvalidation.h"
#include "acl/zkdigest.h"
#include "util/displaytext.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
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
        return QCoreApplication::translate("NoAuthExplainer", "read the data of");
    case ZkOperation::ListChildren:
        return QCoreApplication::translate("NoAuthExplainer", "list the children of");
    case ZkOperation::WriteData:
        return QCoreApplication::translate("NoAuthExplainer", "write the data of");
    case ZkOperation::Create:
        return QCoreApplication::translate("NoAuthExplainer", "create");
    case ZkOperation::Delete:
        return QCoreApplication::translate("NoAuthExplainer", "delete");
    case ZkOperation::ReadAcl:
        return QCoreApplication::translate("NoAuthExplainer", "read the ACL of");
    case ZkOperation::SetAcl:
        return QCoreApplication::translate("NoAuthExplainer", "change the ACL of");
    }
    return {};
}

namespace {

/// The node's ACL as a line (and why digest hashes may show as user:x); `digestUserListed` is
/// set when an entry names the digest user this session authenticates as.
QStringList aclLines(const ZkAcl &acl, const QString &shownAclPath, int aclVersion,
                     const SessionIdentities &who, bool *digestUserListed)
{
    QStringList lines;
    QStringList entries;
    bool hidden = false;
    for (const ZkAclEntry &e : acl) {
        entries << u"%1 %2"_s.arg(DisplayText::shown(AclValidation::entryText(e)),
                                  AclValidation::permsText(e.perms));
        hidden = hidden || (e.scheme == u"digest" && ZkDigest::isHiddenHash(e.id));
        for (const AclIdentity &id : who.ids)
            *digestUserListed = *digestUserListed
                || (e.scheme == u"digest" && id.scheme == u"digest"
                    && ZkDigest::userOf(e.id) == ZkDigest::userOf(id.id));
    }
    lines << QCoreApplication::translate("NoAuthExplainer", "ACL of %1 (ACL version %2): %3")
                 .arg(shownAclPath, QString::number(aclVersion),
                      entries.isEmpty() ? u"(empty)"_s : entries.join(u", "));
    if (hidden)
        lines << QCoreApplication::translate(
            "NoAuthExplainer",
            "(The server hides digest hashes, shown as user:x, from sessions without "
            "ADMIN on the node.)");
    return lines;
}

/// What this session holds, and the hint that fits it (a wrong digest password, or none sent).
QStringList identityLines(const SessionIdentities &who, bool digestUserListed)
{
    QStringList lines;
    const QStringList names = who.displayNames();
    lines << QCoreApplication::translate("NoAuthExplainer", "This session holds: %1.")
                 .arg(names.isEmpty()
                          ? QCoreApplication::translate("NoAuthExplainer", "no identity")
                          : DisplayText::visible(names.join(u", ")));
    const bool hasDigest = std::any_of(who.ids.begin(), who.ids.end(),
                                       [](const AclIdentity &i) { return i.scheme == u"digest"; });
    if (hasDigest) {
        QString hint = QCoreApplication::translate(
            "NoAuthExplainer",
            "Hint: ZooKeeper does not check a digest password at login: a wrong "
            "password is accepted silently and shows up only now, as a refusal.");
        if (digestUserListed)
            hint += QCoreApplication::translate(
                "NoAuthExplainer",
                " The ACL names this user, so the password this connection uses is the "
                "likely cause: check it in the connection's Auth… settings.");
        lines << hint;
    } else if (who.ids.size() <= 1) {
        lines << QCoreApplication::translate(
            "NoAuthExplainer",
            "This connection sends no credentials: add them with Auth… in the connection "
            "bar if the node is protected by digest or another scheme.");
    }
    return lines;
}

} // namespace

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
    lines << QCoreApplication::translate("NoAuthExplainer",
                                         "Not authorised: the server refused to %1 %2 (ZNOAUTH).")
                 .arg(operationText(op), shownPath);
    lines << (aclPath == path ? QCoreApplication::translate("NoAuthExplainer",
                                                            "That needs %1 permission on the node.")
                                    .arg(neededText)
                              : QCoreApplication::translate(
                                    "NoAuthExplainer", "That needs %1 permission on its parent %2.")
                                    .arg(neededText, shownAclPath));
    bool digestUserListed = false;
    lines << (acl ? aclLines(*acl, shownAclPath, aclVersion, who, &digestUserListed)
                  : QStringList{QCoreApplication::translate(
                                    "NoAuthExplainer",
                                    "The ACL of %1 cannot be read by this session either (%2).")
                                    .arg(shownAclPath,
                                         aclError.message.isEmpty() ? zkCodeName(aclError.code)
                                                                    : aclError.message)});
    lines << identityLines(who, digestUserListed);
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
