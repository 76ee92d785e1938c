#include "theme/themecolors.h"

#include "settings/appsettings.h"

#include <Qsci/qscilexer.h>

#include <QApplication>

#include <QEvent>
#include <QWidget>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QColor hue(ThemeColors::Accent accent)
{
    switch (accent) {
    case ThemeColors::Accent::Error:
        return QColor(0xc0, 0x1c, 0x28);
    case ThemeColors::Accent::Warning:
        return QColor(0xb3, 0x59, 0x00);
    case ThemeColors::Accent::Info:
        return QColor(0x1c, 0x5f, 0xb0);
    case ThemeColors::Accent::Success:
        return QColor(0x1a, 0x7f, 0x37);
    }
    return {};
}

QColor withLightness(const QColor &color, double lightness, double saturation = -1)
{
    const QColor hsl = color.toHsl();
    return QColor::fromHslF(hsl.hslHueF() < 0 ? 0 : hsl.hslHueF(),
                            saturation < 0 ? hsl.hslSaturationF() : saturation, lightness)
        .toRgb();
}

class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        m_appliedFor = QApplication::palette().cacheKey();
        m_apply();
        // View > Theme replaces the application palette: apply after it has (queued).
        connect(
            &AppSettings::instance(), &AppSettings::changed, this,
            [this](AppSettings::Key key) {
                if (key == AppSettings::Key::Theme) schedule();
            },
            Qt::QueuedConnection);
    }

protected:
    // A new application palette reaches a child widget as a PaletteChange (only windows get
    // ApplicationPaletteChange); its own palette is resolved after the event, so apply later,
    // and only once per application palette (apply() may itself change the widget's palette).
    bool eventFilter(QObject *, QEvent *event) override
    {
        const auto type = event->type();
        if (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange
            || type == QEvent::StyleChange)
            schedule();
        return false;
    }

private:
    void schedule()
    {
        if (std::exchange(m_pending, true)) return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                const qint64 key = QApplication::palette().cacheKey();
                if (key == m_appliedFor) return;
                m_appliedFor = key;
                m_apply();
            },
            Qt::QueuedConnection);
    }

    std::function<void()> m_apply;
    bool m_pending = false;
    qint64 m_appliedFor = 0; // cacheKey() of the application palette last applied
};

} // namespace

namespace ThemeColors {

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, const QColor &background, double ratio)
{
    QColor result = color;
    const bool lighten = background.lightnessF() < 0.5;
    for (int step = 0; step < 40 && contrast(result, background) < ratio; ++step) {
        const double l = result.toHsl().lightnessF() + (lighten ? 0.025 : -0.025);
        result = withLightness(result, qBound(0.0, l, 1.0));
    }
    return result;
}

QColor textOn(const QColor &background)
{
    const QColor black(Qt::black), white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightnessF() < 0.5; }

QColor text(Accent accent, const QPalette &palette)
{
    const QColor base = isDark(palette) ? withLightness(hue(accent), 0.72, 0.85) : hue(accent);
    // Readable on both the window and the text field backgrounds.
    return readableOn(readableOn(base, palette.color(QPalette::Window)),
                      palette.color(QPalette::Base));
}

QColor background(Accent accent, const QPalette &palette)
{
    return isDark(palette) ? withLightness(hue(accent), 0.22, 0.45)
                           : withLightness(hue(accent), 0.91, 0.85);
}

QColor border(Accent accent, const QPalette &palette)
{
    return isDark(palette) ? withLightness(hue(accent), 0.40, 0.5)
                           : withLightness(hue(accent), 0.75, 0.7);
}

QString bannerStyle(Accent accent, const QPalette &palette)
{
    return u"QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 3px; }"_s.arg(
        background(accent, palette).name(), palette.color(QPalette::Text).name(),
        border(accent, palette).name());
}

QColor changeHighlight(double level, const QPalette &palette)
{
    QColor amber(0xff, 0xc1, 0x07);
    if (isDark(palette)) amber = QColor(0xc8, 0x8a, 0x00);
    amber.setAlpha(int(30 + (isDark(palette) ? 120 : 150) * level));
    return amber;
}

QColor muted(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Disabled, QPalette::Text),
                      palette.color(QPalette::Base));
}

void applyToLexer(QsciLexer *lexer, const QPalette &palette)
{
    const bool dark = isDark(palette);
    lexer->setDefaultPaper(palette.color(QPalette::Base));
    lexer->setDefaultColor(palette.color(QPalette::Text));
    lexer->setPaper(palette.color(QPalette::Base)); // every style
    for (int style = 0; style < 128; ++style) {
        if (lexer->description(style).isEmpty()) continue;
        const QColor own = lexer->defaultColor(style);
        // Black (plain text in most lexers) becomes the palette's text; colours keep their hue.
        if (own.lightnessF() < 0.12) {
            lexer->setColor(palette.color(QPalette::Text), style);
            continue;
        }
        const QColor mirrored =
            dark ? withLightness(own, qBound(0.62, 1.0 - own.lightnessF(), 0.8)) : own;
        lexer->setColor(readableOn(mirrored, palette.color(QPalette::Base)), style);
    }
}

void markAsError(QWidget *widget, QPalette::ColorRole role)
{
    follow(widget, [widget, role] {
        QPalette pal = widget->palette();
        pal.setColor(role, text(Accent::Error, QApplication::palette(widget)));
        widget->setPalette(pal);
    });
}

QString errorTextStyle(const QPalette &palette)
{
    return u"color: %1;"_s.arg(text(Accent::Error, palette).name());
}

void follow(QWidget *widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply)); // owned by the widget
}

} // namespace ThemeColors
