#include "theme/themeswitcher.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

QString &ThemeSwitcher::systemStyle()
{
    static QString name;
    return name;
}

QPalette &ThemeSwitcher::systemPalette()
{
    static QPalette palette;
    return palette;
}

void ThemeSwitcher::captureSystemLook()
{
    if (!systemStyle().isEmpty()) return;
    systemStyle() = QApplication::style()->name();
    systemPalette() = QApplication::palette();
}

void ThemeSwitcher::apply(AppSettings::Theme theme)
{
    captureSystemLook();
    switch (theme) {
    case AppSettings::Theme::System:
        if (QApplication::style()->name() != systemStyle()) QApplication::setStyle(systemStyle());
        QApplication::setPalette(systemPalette());
        return;
    case AppSettings::Theme::Light:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        return;
    }
}

void ThemeSwitcher::followSettings()
{
    static bool following = false;
    captureSystemLook();
    apply(AppSettings::instance().theme());
    if (std::exchange(following, true)) return;
    QObject::connect(&AppSettings::instance(), &AppSettings::changed, qApp,
                     [](AppSettings::Key key) {
                         if (key == AppSettings::Key::Theme) apply(AppSettings::instance().theme());
                     });
}

QPalette ThemeSwitcher::lightPalette()
{
    // Fusion's own palette is light whatever the platform says.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette ThemeSwitcher::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x84);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x36));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x48, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return p;
}
