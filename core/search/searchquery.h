#pragma once

#include "zk/zkstat.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringConverter>

/// What SubtreeSearch looks for. A name/path query, a data query, or both (then a node must
/// match both). Patterns are checked by SubtreeSearch::start() before anything is sent.
struct SearchQuery
{
    enum class TextMode {
        None,      ///< this part of the query is not used
        Substring, ///< plain text, found anywhere
        Glob,      ///< wildcard (`*`, `?`, `[...]`) matching the whole name/path; names only
        Regex,     ///< QRegularExpression, found anywhere (anchor it with ^...$ if needed)
        Bytes,     ///< data only: `pattern` is hex ("de ad be ef", "deadbeef"), raw byte search
    };

    QString root = QStringLiteral("/"); ///< the subtree searched (the root itself included)
    int maxDepth = -1;                  ///< -1: unlimited

    TextMode nameMode = TextMode::None;
    QString namePattern;
    bool matchFullPath = false; ///< match the pattern against the full path instead of the name

    TextMode dataMode = TextMode::None; ///< Substring, Regex or Bytes; data is fetched only then
    QString dataPattern;
    /// How node data is decoded to text for Substring/Regex data queries (Latin-1 data is found
    /// with Latin1; bytes that do not decode become U+FFFD and match nothing).
    QStringConverter::Encoding encoding = QStringConverter::Utf8;

    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive; ///< for every text pattern
};

/// One search result.
struct SearchHit
{
    enum Match { NameMatch = 0x1, PathMatch = 0x2, DataMatch = 0x4 };

    QString path;
    int matched = 0; ///< Match bits
    /// A short single-line excerpt with the match in context: the name or path for a name/path
    /// match, else the decoded data (hex bytes for a Bytes query) around the first data match.
    QString preview;
    int previewMatchStart = 0; ///< where the match is in `preview` (for highlighting)
    int previewMatchLength = 0;
    ZkStat stat;
};

/// How a search ended.
struct SearchSummary
{
    qint64 scanned = 0; ///< nodes examined
    qint64 hits = 0;
    qint64 vanished = 0; ///< deleted while the search ran
    qint64 refused = 0;  ///< not readable (ZNOAUTH)
    bool cancelled = false;
    QString error; ///< empty unless the search stopped early (connection lost, missing root)
    qint64 elapsedMs = 0;
    double nodesPerSecond() const { return elapsedMs > 0 ? scanned * 1000.0 / elapsedMs : 0.0; }
};

Q_DECLARE_METATYPE(SearchHit)
Q_DECLARE_METATYPE(SearchSummary)
