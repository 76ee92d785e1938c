#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A line diff (Myers' O((N+M)D) algorithm) for showing two versions of a znode's data side by
/// side, e.g. in the save-conflict dialog. Hand-written: Debian 12 has no maintained Qt diff
/// library (diff-match-patch is not packaged for C++/Qt), and a line diff is ~150 lines.
namespace TextDiff {

enum class Op { Equal, Delete, Insert };

struct Line
{
    Op op = Op::Equal;
    QString text;
    int oldLine = 0; ///< 1-based line in the old text, 0 for an inserted line
    int newLine = 0; ///< 1-based line in the new text, 0 for a deleted line

    bool operator==(const Line &other) const = default;
};

/// Splits on '\n' (a "\r\n" keeps its '\r'); a final newline does not start an extra line, so
/// "a\n" and "a" are both one line. An empty text has no lines.
QStringList splitLines(const QString &text);

/// The shortest edit script from `oldLines` to `newLines`, as every line of both in order.
/// When more than `maxEdits` lines differ, the differing middle part is reported as all
/// deleted then all inserted: still correct, just not minimal, and bounded in time and memory.
QList<Line> diffLines(const QStringList &oldLines, const QStringList &newLines,
                      int maxEdits = 2000);

/// Convenience: diffLines(splitLines(a), splitLines(b)).
QList<Line> diffText(const QString &oldText, const QString &newText, int maxEdits = 2000);

/// Unified diff text ("@@ -1,3 +1,4 @@", then " ", "-" and "+" lines) with `context` equal
/// lines around each change; empty when there is no change.
QString unified(const QList<Line> &diff, int context = 3);

/// Number of deleted and inserted lines in `diff`.
int countOp(const QList<Line> &diff, Op op);

} // namespace TextDiff
