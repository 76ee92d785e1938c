#pragma once

#include <QString>
#include <QStringList>

/// Tab completion of znode paths in a console line, without the session: which parent to list
/// for the word under the cursor, and what the line becomes once its children are known.
namespace PathCompletion {

struct Query
{
    QString parent;          ///< the node to list ("/a" for "/a/b", "/" for "/b")
    QString prefix;          ///< the partial name typed after the last '/'
    qsizetype wordStart = 0; ///< where the path word starts in the line
    qsizetype wordEnd = 0;   ///< the cursor
    bool isValid() const { return !parent.isEmpty(); }
};

/// The path word ending at `cursor` (a word starting with '/'); invalid when there is none.
Query query(const QString &line, qsizetype cursor);

struct Result
{
    QString line;           ///< the line with the word completed (as far as it is unambiguous)
    qsizetype cursor = 0;   ///< the cursor after the completion
    QStringList candidates; ///< the matching names, sorted, when more than one matches
};

/// Completes `q` against the children of q.parent: one match completes the name, several
/// extend to their common prefix and list themselves.
Result complete(const QString &line, const Query &q, QStringList children);

} // namespace PathCompletion
