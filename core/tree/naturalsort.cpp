#include "tree/naturalsort.h"

namespace {

bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

// Compares two digit runs by value without converting (runs may exceed 64 bits).
// Returns the value order; `zerosTie` gets the leading-zero order for equal values.
int compareDigitRuns(QStringView a, QStringView b, int &zerosTie)
{
    qsizetype za = 0, zb = 0;
    while (za < a.size() - 1 && a[za] == u'0') ++za;
    while (zb < b.size() - 1 && b[zb] == u'0') ++zb;
    const QStringView va = a.mid(za), vb = b.mid(zb);
    if (va.size() != vb.size()) return va.size() < vb.size() ? -1 : 1;
    for (qsizetype i = 0; i < va.size(); ++i)
        if (va[i] != vb[i]) return va[i] < vb[i] ? -1 : 1;
    if (zerosTie == 0 && za != zb) zerosTie = za < zb ? -1 : 1;
    return 0;
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    int caseTie = 0;
    int zerosTie = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei])) ++ei;
            while (ej < b.size() && isDigit(b[ej])) ++ej;
            if (int c = compareDigitRuns(a.sliced(i, ei - i), b.sliced(j, ej - j), zerosTie))
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i], cb = b[j];
        if (ca != cb) {
            const QChar la = ca.toCaseFolded(), lb = cb.toCaseFolded();
            if (la != lb) return la < lb ? -1 : 1;
            if (caseTie == 0) caseTie = ca < cb ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < a.size()) return 1;
    if (j < b.size()) return -1;
    if (caseTie) return caseTie;
    return zerosTie;
}
