#include "transfer/difftext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DiffText {

QString kinds(quint8 flags)
{
    QStringList parts;
    if (flags & DiffEntry::OnlyLeft) parts << u"only-left"_s;
    if (flags & DiffEntry::OnlyRight) parts << u"only-right"_s;
    if (flags & DiffEntry::DataDiffers) parts << u"data"_s;
    if (flags & DiffEntry::AclDiffers) parts << u"acl"_s;
    if (flags & DiffEntry::KindDiffers) parts << u"kind"_s;
    return parts.isEmpty() ? u"identical"_s : parts.join(u',');
}

QStringList lines(const TreeDiff &diff)
{
    QStringList out;
    for (const DiffEntry &e : diff.entries)
        if (!e.isIdentical())
            out << u"%1 %2"_s.arg(kinds(e.flags), e.relPath.isEmpty() ? u"/"_s : e.relPath);
    return out;
}

QString summary(const TreeDiff &diff)
{
    return QCoreApplication::translate("DiffText",
                                       "%1 difference(s): %2 only left, %3 only right, %4 data, "
                                       "%5 ACL, %6 kind; %7 identical")
        .arg(diff.differences())
        .arg(diff.onlyLeft)
        .arg(diff.onlyRight)
        .arg(diff.dataDiffers)
        .arg(diff.aclDiffers)
        .arg(diff.kindDiffers)
        .arg(diff.identical);
}

} // namespace DiffText
