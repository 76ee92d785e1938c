#include "acl/acltext.h"

#include "acl/aclvalidation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// zkCli's letters; anything else is refused rather than skipped as zkCli does.
bool permsFromLetters(QStringView letters, quint32 *perms, QChar *bad)
{
    *perms = 0;
    for (const QChar c : letters) {
        switch (c.unicode()) {
        case 'c':
            *perms |= ZkPerm::Create;
            break;
        case 'd':
            *perms |= ZkPerm::Delete;
            break;
        case 'r':
            *perms |= ZkPerm::Read;
            break;
        case 'w':
            *perms |= ZkPerm::Write;
            break;
        case 'a':
            *perms |= ZkPerm::Admin;
            break;
        default:
            *bad = c;
            return false;
        }
    }
    return *perms != 0;
}

} // namespace

namespace AclText {

Parsed parse(const QString &text, bool sessionAuthenticated)
{
    Parsed parsed;
    for (const QString &part : text.split(u',')) {
        const qsizetype first = part.indexOf(u':');
        const qsizetype last = part.lastIndexOf(u':');
        if (first <= 0 || first == last) {
            parsed.error =
                QCoreApplication::translate("AclText", "%1 does not have the form scheme:id:perm")
                    .arg(part);
            return parsed;
        }
        ZkAclEntry entry{part.left(first), part.mid(first + 1, last - first - 1), 0};
        QChar bad;
        if (!permsFromLetters(QStringView(part).mid(last + 1), &entry.perms, &bad)) {
            parsed.error = bad.isNull()
                ? QCoreApplication::translate("AclText",
                                              "%1: no permission given (use letters from cdrwa)")
                      .arg(part)
                : QCoreApplication::translate("AclText", "Unknown perm type: %1").arg(bad);
            return parsed;
        }
        parsed.acl.append(entry);
    }
    parsed.error = AclValidation::validateAcl(parsed.acl, sessionAuthenticated);
    return parsed;
}

QString permsLetters(quint32 perms)
{
    QString letters;
    if (perms & ZkPerm::Create) letters += u'c';
    if (perms & ZkPerm::Delete) letters += u'd';
    if (perms & ZkPerm::Read) letters += u'r';
    if (perms & ZkPerm::Write) letters += u'w';
    if (perms & ZkPerm::Admin) letters += u'a';
    return letters;
}

} // namespace AclText
