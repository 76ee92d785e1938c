#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kCatalogueDir = u":/i18n"_s;

// Owned here, installed on the application; replaced as a whole on each install().
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

bool replace(std::unique_ptr<QTranslator> &slot, const QLocale &locale, const QString &name,
             const QString &directory)
{
    if (slot) QCoreApplication::removeTranslator(slot.get());
    slot = std::make_unique<QTranslator>();
    if (!slot->load(locale, name, u"_"_s, directory)) {
        slot.reset();
        return false;
    }
    QCoreApplication::installTranslator(slot.get());
    return true;
}

} // namespace

namespace Translations {

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    // Qt's catalogue first: ours is installed last and so is asked first.
    replace(qtTranslator(), locale, u"qt"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return replace(appTranslator(), locale, u"zkdesk"_s, kCatalogueDir);
}

QStringList available()
{
    QStringList names;
    for (const QString &file : QDir(kCatalogueDir).entryList({u"zkdesk_*.qm"_s}))
        names << file.mid(7, file.size() - 10); // between "zkdesk_" and ".qm"
    return names;
}

} // namespace Translations
