#include "tree/znodeitem.h"

#include "tree/naturalsort.h"

#include <QVarLengthArray>

int ZNodeItem::findChild(QStringView childName) const
{
    qsizetype lo = 0, hi = qsizetype(children.size());
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        const int c = naturalCompare(children[mid]->name, childName);
        if (c == 0) return int(mid);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

ZNodeItem *ZNodeItem::findDescendant(QStringView path)
{
    if (path.isEmpty() || path.front() != u'/') return nullptr;
    if (path.size() > 1 && path.back() == u'/') return nullptr; // not a valid znode path
    ZNodeItem *item = this;
    qsizetype start = 1;
    while (start < path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0) end = path.size();
        if (end == start) return nullptr; // "//" or a trailing "/": not a valid znode path
        const int r = item->findChild(path.sliced(start, end - start));
        if (r < 0) return nullptr;
        item = item->children[r].get();
        start = end + 1;
    }
    return item;
}

QString ZNodeItem::path() const
{
    if (!parent) return QStringLiteral("/");
    QVarLengthArray<const ZNodeItem *, 16> chain;
    qsizetype length = 0;
    for (const ZNodeItem *i = this; i->parent; i = i->parent) {
        chain.append(i);
        length += i->name.size() + 1;
    }
    QString result;
    result.reserve(length);
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        result += u'/';
        result += chain[i]->name;
    }
    return result;
}

void ZNodeItem::renumberFrom(qsizetype first)
{
    for (qsizetype i = first; i < qsizetype(children.size()); ++i) children[i]->row = int(i);
}
