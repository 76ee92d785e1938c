#pragma once

#include <QString>
#include <QStringView>

/// The one rule for showing text that comes from a server or a file (paths, node names, data
/// previews, ACL ids, host names, certificate fields): what the user sees is exactly what the
/// string holds. Such text is never interpreted as markup (see ui/util/plaintextui.h for the
/// widget side), and characters that would hide or reorder what is shown are made visible:
/// control characters, bidi controls (U+202E swaps what follows), zero-width and other
/// invisible format characters, and spaces other than U+0020 become a marker such as
/// "⟨U+202E⟩". Very long names are elided in the middle; the full text goes into a tooltip.
namespace DisplayText {

/// Markers for every character that would not show as itself.
QString visible(QStringView text);
/// visible(), then elided in the middle ("/a/very…name") when longer than `maxChars`.
QString shown(QStringView text, int maxChars = 160);
/// Whether shown() shortens `text` (then the full visible() text belongs in a tooltip).
bool isElided(QStringView text, int maxChars = 160);
/// A tooltip (Qt guesses rich text for those) that shows `text` literally: escaped inside a
/// rich-text paragraph, line breaks kept. Server parts of `text` must have been through
/// visible() already.
QString toolTip(const QString &text);
/// Whether `c` (a code point) is shown as a marker.
bool needsMarker(char32_t c);

} // namespace DisplayText
