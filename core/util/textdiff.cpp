#include "util/textdiff.h"

#include <QHash>

#include <vector>

namespace TextDiff {

namespace {

// Lines are compared as small integers: interning once makes the O((N+M)D) inner loop a
// vector compare instead of a string compare.
struct Interned
{
    std::vector<int> a;
    std::vector<int> b;
};

Interned intern(const QStringList &oldLines, const QStringList &newLines)
{
    QHash<QString, int> ids;
    Interned out;
    out.a.reserve(size_t(oldLines.size()));
    out.b.reserve(size_t(newLines.size()));
    // Not QHash::emplace: it replaces the value of an existing key.
    const auto id = [&ids](const QString &line) {
        auto it = ids.constFind(line);
        if (it == ids.constEnd()) it = ids.insert(line, int(ids.size()));
        return it.value();
    };
    for (const QString &line : oldLines) out.a.push_back(id(line));
    for (const QString &line : newLines) out.b.push_back(id(line));
    return out;
}

enum class Step { Equal, Delete, Insert };

// Myers' greedy forward search over the middle part [a0, a1) x [b0, b1), then a backtrack
// through the saved frontiers. Each frontier d only holds diagonals -d..d, so memory is
// O(D^2) ints. Returns false when the edit distance exceeds maxEdits.
using Trace = std::vector<std::vector<int>>; // trace[d][k + d] = furthest x on diagonal k after d

// The forward search: the edit distance, or -1 when it exceeds maxEdits.
int myersForward(const std::vector<int> &a, const std::vector<int> &b, int a0, int a1, int b0,
                 int b1, int maxEdits, Trace &trace)
{
    const int n = a1 - a0;
    const int m = b1 - b0;
    const int maxD = std::min(n + m, maxEdits);
    std::vector<int> prev; // frontier d - 1, indexed k + (d - 1)
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        std::vector<int> v(size_t(2 * d + 1), 0);
        for (int k = -d; k <= d; k += 2) {
            int x;
            const auto at = [&](int kk) { return prev[size_t(kk + d - 1)]; };
            if (d == 0)
                x = 0;
            else if (k == -d || (k != d && at(k - 1) < at(k + 1)))
                x = at(k + 1); // down: insert
            else
                x = at(k - 1) + 1; // right: delete
            int y = x - k;
            while (x < n && y < m && a[size_t(a0 + x)] == b[size_t(b0 + y)]) {
                ++x;
                ++y;
            }
            v[size_t(k + d)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.push_back(v);
        prev = std::move(v);
    }
    return found;
}

// Walks the frontiers back from (n, m) and appends the steps in forward order.
void myersBacktrack(const Trace &trace, int found, int n, int m, std::vector<Step> &steps)
{
    std::vector<Step> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &v = trace[size_t(d - 1)];
        const auto at = [&](int kk) { return v[size_t(kk + d - 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.push_back(Step::Equal);
            --x;
            --y;
        }
        reversed.push_back(down ? Step::Insert : Step::Delete);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        reversed.push_back(Step::Equal);
        --x;
        --y;
    }
    steps.insert(steps.end(), reversed.rbegin(), reversed.rend());
}

bool myers(const std::vector<int> &a, const std::vector<int> &b, int a0, int a1, int b0, int b1,
           int maxEdits, std::vector<Step> &steps)
{
    Trace trace;
    const int found = myersForward(a, b, a0, a1, b0, b1, maxEdits, trace);
    if (found < 0) return false;
    myersBacktrack(trace, found, a1 - a0, b1 - b0, steps);
    return true;
}

} // namespace

QStringList splitLines(const QString &text)
{
    if (text.isEmpty()) return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n')) lines.removeLast();
    return lines;
}

QList<Line> diffLines(const QStringList &oldLines, const QStringList &newLines, int maxEdits)
{
    const Interned in = intern(oldLines, newLines);
    const int n = int(in.a.size());
    const int m = int(in.b.size());
    // A conflict usually touches a few lines of a long text: strip the common ends first.
    int prefix = 0;
    while (prefix < n && prefix < m && in.a[size_t(prefix)] == in.b[size_t(prefix)]) ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && in.a[size_t(n - 1 - suffix)] == in.b[size_t(m - 1 - suffix)])
        ++suffix;

    std::vector<Step> steps(size_t(prefix), Step::Equal);
    if (!myers(in.a, in.b, prefix, n - suffix, prefix, m - suffix, maxEdits, steps)) {
        steps.insert(steps.end(), size_t(n - suffix - prefix), Step::Delete);
        steps.insert(steps.end(), size_t(m - suffix - prefix), Step::Insert);
    }
    steps.insert(steps.end(), size_t(suffix), Step::Equal);

    QList<Line> out;
    out.reserve(qsizetype(steps.size()));
    int i = 0;
    int j = 0;
    for (const Step step : steps) {
        switch (step) {
        case Step::Equal:
            out.append({Op::Equal, oldLines.at(i), i + 1, j + 1});
            ++i;
            ++j;
            break;
        case Step::Delete:
            out.append({Op::Delete, oldLines.at(i), i + 1, 0});
            ++i;
            break;
        case Step::Insert:
            out.append({Op::Insert, newLines.at(j), 0, j + 1});
            ++j;
            break;
        }
    }
    return out;
}

QList<Line> diffText(const QString &oldText, const QString &newText, int maxEdits)
{
    return diffLines(splitLines(oldText), splitLines(newText), maxEdits);
}

int countOp(const QList<Line> &diff, Op op)
{
    return int(std::count_if(diff.begin(), diff.end(), [op](const Line &l) { return l.op == op; }));
}

QString unified(const QList<Line> &diff, int context)
{
    QString out;
    const qsizetype count = diff.size();
    qsizetype i = 0;
    while (i < count) {
        // Find the next change, then grow the hunk while changes are within 2*context lines.
        while (i < count && diff.at(i).op == Op::Equal) ++i;
        if (i == count) break;
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype lastChange = i;
        while (end < count) {
            if (diff.at(end).op != Op::Equal)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + 1 + context);

        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        int oldBefore = 0, newBefore = 0; // lines before the hunk, for empty-side starts
        for (qsizetype h = 0; h < start; ++h) {
            oldBefore += diff.at(h).op != Op::Insert;
            newBefore += diff.at(h).op != Op::Delete;
        }
        QString body;
        for (qsizetype h = start; h < end; ++h) {
            const Line &line = diff.at(h);
            const QChar mark = line.op == Op::Equal ? u' ' : line.op == Op::Delete ? u'-' : u'+';
            if (line.op != Op::Insert) {
                if (!oldStart) oldStart = line.oldLine;
                ++oldCount;
            }
            if (line.op != Op::Delete) {
                if (!newStart) newStart = line.newLine;
                ++newCount;
            }
            body += mark + line.text + u'\n';
        }
        // diff(1) convention: an empty side is given as the line before it, with count 0.
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart : oldBefore)
                   .arg(oldCount)
                   .arg(newCount ? newStart : newBefore)
                   .arg(newCount);
        out += body;
        i = end;
    }
    return out;
}

} // namespace TextDiff
