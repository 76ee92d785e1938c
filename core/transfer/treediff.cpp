#include "transfer/treediff.h"

#include <QHash>

#include <algorithm>

namespace {

ZkAcl sorted(ZkAcl acl)
{
    std::sort(acl.begin(), acl.end(), [](const ZkAclEntry &a, const ZkAclEntry &b) {
        return std::tie(a.scheme, a.id, a.perms) < std::tie(b.scheme, b.id, b.perms);
    });
    return acl;
}

/// Parents before children and siblings by name: '/' sorts before every other character.
bool treeOrder(const QString &a, const QString &b)
{
    const auto rank = [](QChar c) { return c == u'/' ? 0 : int(c.unicode()) + 1; };
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [&](QChar x, QChar y) { return rank(x) < rank(y); });
}

/// Bytes when both sides kept them, else digests (a side may keep only the digest).
bool sameData(const TransferNode &l, const TransferNode &r)
{
    if (l.dataHeld() && r.dataHeld()) return l.data == r.data && l.data.isNull() == r.data.isNull();
    return l.dataDigest() == r.dataDigest();
}

} // namespace

bool TreeDiff::sameAcl(const ZkAcl &a, const ZkAcl &b)
{
    return a.size() == b.size() && (a == b || sorted(a) == sorted(b));
}

TreeDiff TreeDiff::compare(const TransferSnapshot &left, const TransferSnapshot &right)
{
    TreeDiff diff;
    QHash<QString, int> rightIndex;
    rightIndex.reserve(right.nodes.size());
    for (int i = 0; i < right.nodes.size(); ++i) rightIndex.insert(right.nodes[i].relPath, i);
    diff.entries.reserve(std::max(left.nodes.size(), right.nodes.size()));
    for (int i = 0; i < left.nodes.size(); ++i) {
        const TransferNode &l = left.nodes[i];
        DiffEntry e{l.relPath, DiffEntry::Identical, i, -1};
        if (const auto it = rightIndex.constFind(l.relPath); it != rightIndex.cend()) {
            e.right = it.value();
            rightIndex.erase(it);
            const TransferNode &r = right.nodes[e.right];
            if (!sameData(l, r)) e.flags |= DiffEntry::DataDiffers;
            if (!sameAcl(l.acl, r.acl)) e.flags |= DiffEntry::AclDiffers;
            if (l.kind != r.kind) e.flags |= DiffEntry::KindDiffers;
        } else {
            e.flags = DiffEntry::OnlyLeft;
        }
        diff.entries.append(std::move(e));
    }
    for (auto it = rightIndex.cbegin(); it != rightIndex.cend(); ++it)
        diff.entries.append({it.key(), DiffEntry::OnlyRight, -1, it.value()});
    std::sort(diff.entries.begin(), diff.entries.end(), [](const DiffEntry &a, const DiffEntry &b) {
        return treeOrder(a.relPath, b.relPath);
    });
    for (const DiffEntry &e : std::as_const(diff.entries)) {
        if (e.isIdentical()) ++diff.identical;
        if (e.has(DiffEntry::OnlyLeft)) ++diff.onlyLeft;
        if (e.has(DiffEntry::OnlyRight)) ++diff.onlyRight;
        if (e.has(DiffEntry::DataDiffers)) ++diff.dataDiffers;
        if (e.has(DiffEntry::AclDiffers)) ++diff.aclDiffers;
        if (e.has(DiffEntry::KindDiffers)) ++diff.kindDiffers;
    }
    return diff;
}
