#pragma once

#include <QProcessEnvironment>
#include <QString>

/// The environment for starting zkdesk or zkdesk-cli in a locale: LC_ALL, LANG and LANGUAGE set
/// to `locale` (e.g. "zh_CN"), and XDG_CONFIG_HOME at `configDir`, so a language chosen in the
/// machine's own Preferences does not override it.
inline QProcessEnvironment localeEnvironment(const QString &locale, const QString &configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(QStringLiteral("LC_ALL"), locale + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANG"), locale + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), locale);
    return env;
}
