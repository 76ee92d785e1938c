#include "console/pathcompletion.h"

#include "zk/zkpath.h"

namespace PathCompletion {

Query query(const QString &line, qsizetype cursor)
{
    Query q;
    cursor = qBound<qsizetype>(0, cursor, line.size());
    qsizetype start = cursor;
    while (start > 0 && !line[start - 1].isSpace()) --start;
    const QString word = line.mid(start, cursor - start);
    if (!word.startsWith(u'/')) return q;
    const qsizetype slash = word.lastIndexOf(u'/');
    q.parent = slash == 0 ? QStringLiteral("/") : word.left(slash);
    if (!ZkPath::isValid(q.parent)) return {};
    q.prefix = word.mid(slash + 1);
    q.wordStart = start;
    q.wordEnd = cursor;
    return q;
}

Result complete(const QString &line, const Query &q, QStringList children)
{
    Result result{line, q.wordEnd, {}};
    children.sort();
    QStringList matches;
    for (const QString &child : std::as_const(children))
        if (child.startsWith(q.prefix)) matches << child;
    if (matches.isEmpty()) return result;
    QString common = matches.first();
    for (const QString &match : std::as_const(matches)) {
        qsizetype n = 0;
        while (n < common.size() && n < match.size() && common[n] == match[n]) ++n;
        common.truncate(n);
    }
    if (matches.size() > 1) result.candidates = matches;
    const QString completed = ZkPath::join(q.parent, common);
    result.line = line.left(q.wordStart) + completed + line.mid(q.wordEnd);
    result.cursor = q.wordStart + completed.size();
    return result;
}

} // namespace PathCompletion
