#pragma once

#include "settings/appsettings.h"

#include <QPalette>
#include <QString>

/// Applies View > Theme: System keeps the platform's style and palette (so a dark desktop gives a
/// dark zkdesk), Light and Dark use Fusion with a light or dark palette whatever the desktop
/// does. Widgets that hold palette-derived colours follow through ThemeColors::follow().
class ThemeSwitcher final
{
public:
    /// Remembers the platform style and palette; call once, after QApplication exists.
    static void captureSystemLook();
    static void apply(AppSettings::Theme theme);
    /// Applies the saved theme, then each new choice (View > Theme, Preferences) at once.
    static void followSettings();
    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    static QString &systemStyle();
    static QPalette &systemPalette();
};
