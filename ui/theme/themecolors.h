#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QsciLexer;
class QWidget;

/// Colours derived from a palette, so every accent reads on light and dark themes alike: the
/// hue says what it means (red error, amber warning, green added), the lightness follows the
/// palette. One place for them instead of fixed light colours spread over the widgets.
namespace ThemeColors {

/// WCAG 2 contrast ratio of two opaque colours, 1 (same) to 21 (black on white); text needs
/// 4.5 to be comfortably readable.
double contrast(const QColor &a, const QColor &b);
/// `color` with its lightness moved away from `background` until the contrast reaches `ratio`
/// (or black/white is reached); the hue stays.
QColor readableOn(const QColor &color, const QColor &background, double ratio = 4.5);

/// Black or white, whichever contrasts more with `background`: text on a colour the user chose
/// (an environment band), the same in every theme.
QColor textOn(const QColor &background);

/// The window colour is darker than mid-grey (a dark theme, system or our own).
bool isDark(const QPalette &palette);

enum class Accent { Error, Warning, Info, Success };
/// Text in that accent, readable on Window and Base.
QColor text(Accent accent, const QPalette &palette);
/// A soft background in that accent behind normal Text (diff lines, bad rows, banners).
QColor background(Accent accent, const QPalette &palette);
/// A border for a box with background(accent).
QColor border(Accent accent, const QPalette &palette);
/// A style sheet for a QLabel banner: background, text and border in that accent.
QString bannerStyle(Accent accent, const QPalette &palette);
/// A changed tree row at `level` (1 just changed, fading to 0).
QColor changeHighlight(double level, const QPalette &palette);
/// Secondary text (hunk headers, hints).
QColor muted(const QPalette &palette);

/// Paper, default text and style colours of a QScintilla lexer for this palette: the lexer's
/// own light colours are kept on light palettes and mirrored in lightness on dark ones.
void applyToLexer(QsciLexer *lexer, const QPalette &palette);

/// Gives `widget`'s `role` the error colour, now and after every palette change.
void markAsError(QWidget *widget, QPalette::ColorRole role = QPalette::WindowText);
/// A style sheet colouring a QLabel's or QLineEdit's text with the error colour.
QString errorTextStyle(const QPalette &palette);

/// Calls `apply` now and again whenever the application palette changes (View > Theme, or the
/// desktop switching to dark), for widgets that hold a palette-derived colour.
void follow(QWidget *widget, std::function<void()> apply);

} // namespace ThemeColors
