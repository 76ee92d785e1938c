#include "util/displaytext.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace DisplayText {

bool needsMarker(char32_t c)
{
    if (c == u' ') return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:     // C0, DEL, C1: newlines, escapes, backspace
    case QChar::Other_Format:      // bidi overrides and isolates, zero-width, soft hyphen, tags
    case QChar::Other_Surrogate:   // a lone half of a pair
    case QChar::Other_NotAssigned: // nothing a font can draw honestly
    case QChar::Other_PrivateUse:
    case QChar::Separator_Space: // no-break, en, em, ideographic space: look like ' '
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    // Drawn as nothing although not format characters: Hangul fillers, Mongolian vowel
    // separator, combining grapheme joiner, variation selectors.
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x180E || c == 0x034F
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

QString visible(QStringView text)
{
    const auto marker = [](char32_t c) {
        return u"⟨U+"_s + QString::number(uint(c), 16).rightJustified(4, u'0').toUpper() + u'⟩';
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
        }
        if (needsMarker(code))
            out += marker(code);
        else
            out += text.sliced(i, units);
        i += units - 1;
    }
    return out;
}

bool isElided(QStringView text, int maxChars) { return visible(text).size() > maxChars; }

QString shown(QStringView text, int maxChars)
{
    const QString full = visible(text);
    if (full.size() <= maxChars) return full;
    qsizetype head = (maxChars - 1) / 2;
    qsizetype tail = maxChars - 1 - head;
    // Never cut a surrogate pair in two.
    if (head > 0 && full.at(head - 1).isHighSurrogate()) --head;
    if (tail > 0 && full.at(full.size() - tail).isLowSurrogate()) --tail;
    return full.first(head) + u'…' + full.last(tail);
}

QString toolTip(const QString &text)
{
    // Always rich (so Qt does not guess), with the text escaped inside.
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace DisplayText
