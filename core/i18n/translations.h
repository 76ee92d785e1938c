#pragma once

#include <QLocale>
#include <QString>

/// zkdesk's own catalogue (embedded as :/i18n/zkdesk_<locale>.qm) and Qt's (qt_<locale>.qm from
/// the system's Qt translations, for the standard dialogs and buttons), installed on the running
/// QCoreApplication. QtCore only, so zkdesk-cli uses it too.
namespace Translations {

/// The locale to show: `language` ("zh_CN", "en") when set, else the system's (LANGUAGE/LANG).
QLocale localeFor(const QString &language);

/// Installs the catalogues for `locale` (replacing any installed before) and makes it
/// QLocale's default, so numbers and dates follow. Returns false when zkdesk has no
/// catalogue for it: then the texts stay English (the source language).
bool install(const QLocale &locale);

/// The languages zkdesk ships, as locale names ("zh_CN"); English is the source and not listed.
QStringList available();

} // namespace Translations
