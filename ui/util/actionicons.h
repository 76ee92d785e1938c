#pragma once

#include <QIcon>
#include <QString>

/// Icons for actions: the desktop's icon theme first (QIcon::fromTheme with the freedesktop
/// names, so zkdesk matches the rest of the desktop), else the small SVG bundled under
/// :/actions/<name>.svg, so the app looks the same on a desktop without a theme.
namespace ActionIcons {

/// `name` is a freedesktop icon name ("document-save"); a bundled fallback must exist for it.
QIcon icon(const QString &name);

/// The names that have a bundled fallback (for the test that checks they all load).
QStringList bundledNames();

} // namespace ActionIcons
