#include "search/searchmatcher.h"

#include "jobs/subtreecrawler.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kContext = 40; // characters of context either side of a data match
constexpr qsizetype kMaxShownMatch = 80;
constexpr qsizetype kByteContext = 8;

// One line, the match in context: control characters become spaces so a preview never spans
// lines, and cut ends are marked with an ellipsis.
void textPreview(QStringView text, qsizetype start, qsizetype length, SearchHit *hit)
{
    const qsizetype shown = std::min(length, kMaxShownMatch);
    const qsizetype from = std::max<qsizetype>(0, start - kContext);
    const qsizetype to = std::min(text.size(), start + shown + kContext);
    QString preview;
    preview.reserve(to - from + 2);
    if (from > 0) preview += u'…';
    const qsizetype matchStart = preview.size() + (start - from);
    for (QChar c : text.sliced(from, to - from)) preview += c.unicode() < 0x20 ? u' ' : c;
    if (to < text.size()) preview += u'…';
    hit->preview = preview;
    hit->previewMatchStart = int(matchStart);
    hit->previewMatchLength = int(shown);
}

void bytesPreview(const QByteArray &data, qsizetype start, qsizetype length, SearchHit *hit)
{
    const qsizetype shown = std::min<qsizetype>(length, 32);
    const qsizetype from = std::max<qsizetype>(0, start - kByteContext);
    const qsizetype to = std::min(data.size(), start + shown + kByteContext);
    QString preview;
    if (from > 0) preview += u"… "_s;
    qsizetype matchStart = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (i == start) matchStart = preview.size();
        preview += QString::fromLatin1(QByteArray(1, data[i]).toHex());
        if (i + 1 < to) preview += u' ';
    }
    if (to < data.size()) preview += u" …"_s;
    hit->preview = preview;
    hit->previewMatchStart = int(matchStart);
    hit->previewMatchLength = int(shown * 3 - 1);
}

} // namespace

bool SearchMatcher::parseHex(const QString &text, QByteArray *bytes)
{
    QString digits;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QStringView w(word);
        if (w.startsWith(u"0x"_s, Qt::CaseInsensitive)) w = w.sliced(2);
        digits += w;
    }
    if (digits.isEmpty() || digits.size() % 2 != 0) return false;
    for (QChar c : std::as_const(digits))
        if (!std::isxdigit(c.toLatin1()) || c.unicode() > 0x7f) return false;
    *bytes = QByteArray::fromHex(digits.toLatin1());
    return true;
}

QString SearchMatcher::Text::compile(SearchQuery::TextMode m, const QString &pattern,
                                     Qt::CaseSensitivity cs, const QString &what)
{
    mode = m;
    if (m == SearchQuery::TextMode::None) return {};
    if (pattern.isEmpty())
        return QCoreApplication::translate("SearchMatcher", "the %1 pattern is empty").arg(what);
    QString expression;
    switch (m) {
    case SearchQuery::TextMode::Substring:
        matcher = QStringMatcher(pattern, cs);
        patternLength = pattern.size();
        return {};
    case SearchQuery::TextMode::Glob:
        expression = QRegularExpression::wildcardToRegularExpression(pattern);
        break;
    case SearchQuery::TextMode::Regex:
        expression = pattern;
        break;
    case SearchQuery::TextMode::Bytes:
    case SearchQuery::TextMode::None:
        return u"unsupported %1 mode"_s.arg(what);
    }
    regex = QRegularExpression(expression,
                               cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                         : QRegularExpression::NoPatternOption);
    if (!regex.isValid()) {
        return u"invalid %1 %2 \"%3\": %4 at offset %5"_s.arg(
            what,
            m == SearchQuery::TextMode::Glob
                ? QCoreApplication::translate("SearchMatcher", "wildcard")
                : u"regular expression"_s,
            pattern, regex.errorString(), QString::number(regex.patternErrorOffset()));
    }
    regex.optimize();
    return {};
}

std::pair<qsizetype, qsizetype> SearchMatcher::Text::find(QStringView text) const
{
    if (mode == SearchQuery::TextMode::Substring) return {matcher.indexIn(text), patternLength};
    const QRegularExpressionMatch m = regex.match(text);
    if (!m.hasMatch()) return {-1, 0};
    return {m.capturedStart(), m.capturedLength()};
}

QString SearchMatcher::compile(const SearchQuery &query)
{
    using Mode = SearchQuery::TextMode;
    if (query.nameMode == Mode::None && query.dataMode == Mode::None)
        return QCoreApplication::translate(
            "SearchMatcher", "nothing to search for: give a name/path pattern or a data pattern");
    if (query.nameMode == Mode::Bytes)
        return QCoreApplication::translate("SearchMatcher",
                                           "a byte pattern searches data, not names");
    if (query.dataMode == Mode::Glob)
        return QCoreApplication::translate("SearchMatcher",
                                           "wildcards search names and paths, not data");
    m_fullPath = query.matchFullPath;
    const QString target = query.matchFullPath ? u"path"_s : u"name"_s;
    if (QString why =
            m_name.compile(query.nameMode, query.namePattern, query.caseSensitivity, target);
        !why.isEmpty())
        return why;
    m_dataMode = query.dataMode;
    if (query.dataMode == Mode::Bytes) {
        QByteArray bytes;
        if (!parseHex(query.dataPattern, &bytes))
            return QCoreApplication::translate(
                       "SearchMatcher",
                       "invalid byte pattern \"%1\": give whole bytes in hex, e.g. \"de ad be ef\"")
                .arg(query.dataPattern);
        m_bytes = QByteArrayMatcher(bytes);
        return {};
    }
    if (QString why =
            m_data.compile(query.dataMode, query.dataPattern, query.caseSensitivity, u"data"_s);
        !why.isEmpty())
        return why;
    if (query.dataMode != Mode::None) {
        m_decoder = QStringDecoder(query.encoding, QStringDecoder::Flag::Stateless);
        if (!m_decoder.isValid())
            return QCoreApplication::translate("SearchMatcher", "unsupported text encoding");
    }
    return {};
}

bool SearchMatcher::match(const CrawledNode &node, SearchHit *hit)
{
    hit->matched = 0;
    if (m_name.mode != SearchQuery::TextMode::None) {
        // The name is the part after the last '/' ("/" itself for the root).
        const qsizetype slash = node.path.lastIndexOf(u'/');
        const QStringView subject = m_fullPath || node.path.size() == 1
            ? QStringView(node.path)
            : QStringView(node.path).sliced(slash + 1);
        const auto [start, length] = m_name.find(subject);
        if (start < 0) return false;
        hit->matched |= m_fullPath ? SearchHit::PathMatch : SearchHit::NameMatch;
        // A name/path match shows the whole name/path; a data match (below) replaces it.
        hit->preview = subject.toString();
        hit->previewMatchStart = int(start);
        hit->previewMatchLength = int(length);
    }
    if (m_dataMode == SearchQuery::TextMode::Bytes) {
        const qsizetype at = m_bytes.indexIn(node.data);
        if (at < 0) return false;
        hit->matched |= SearchHit::DataMatch;
        bytesPreview(node.data, at, m_bytes.pattern().size(), hit);
    } else if (m_dataMode != SearchQuery::TextMode::None) {
        if (node.data.isEmpty()) return false;
        const QString text = m_decoder.decode(node.data);
        const auto [start, length] = m_data.find(text);
        if (start < 0) return false;
        hit->matched |= SearchHit::DataMatch;
        textPreview(text, start, length, hit);
    }
    hit->path = node.path;
    hit->stat = node.stat;
    return true;
}
