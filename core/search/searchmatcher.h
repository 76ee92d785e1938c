#pragma once

#include "search/searchquery.h"

#include <QByteArrayMatcher>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringMatcher>

struct CrawledNode;

/// A SearchQuery compiled once: matchers and regular expressions built, the hex pattern
/// parsed. Used by SubtreeSearch on its thread; cheap to call per node.
class SearchMatcher final
{
public:
    /// Compiles `query`. Returns why it cannot be used (invalid regex with the offset, bad hex,
    /// empty pattern, a mode that does not apply), or an empty string when it is fine.
    QString compile(const SearchQuery &query);

    /// True when the query looks at node data (the crawl must fetch it).
    bool needsData() const { return m_dataMode != SearchQuery::TextMode::None; }
    /// Fills `hit` and returns true when `node` matches every part of the query.
    bool match(const CrawledNode &node, SearchHit *hit);

    /// Parses "de ad BE EF", "deadbeef" or "0xde 0xad"; false when it is not whole bytes of hex.
    static bool parseHex(const QString &text, QByteArray *bytes);

private:
    struct Text
    {
        SearchQuery::TextMode mode = SearchQuery::TextMode::None;
        QStringMatcher matcher;
        QRegularExpression regex;
        qsizetype patternLength = 0;
        QString compile(SearchQuery::TextMode mode, const QString &pattern, Qt::CaseSensitivity cs,
                        const QString &what);
        /// First match in `text`: start and length, or start -1.
        std::pair<qsizetype, qsizetype> find(QStringView text) const;
    };

    Text m_name;
    bool m_fullPath = false;
    SearchQuery::TextMode m_dataMode = SearchQuery::TextMode::None;
    Text m_data;
    QByteArrayMatcher m_bytes;
    QStringDecoder m_decoder;
};
