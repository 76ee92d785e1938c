#include "settings/appsettings.h"

#include "watchlog/watchlogmodel.h"

#include <QFontDatabase>
#include <QMetaEnum>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QString keyName(AppSettings::Key key)
{
    static const char *const names[] = {
        "language",           "theme",         "editorFont",       "defaultMode",
        "defaultCharset",     "confirmDelete", "confirmOverwrite", "watchLogCapacity",
        "dashboardIntervalMs"};
    return u"preferences/"_s + QLatin1StringView(names[int(key)]);
}

QVariant stored(AppSettings::Key key, const QVariant &fallback = {})
{
    return QSettings().value(keyName(key), fallback);
}

constexpr int kDefaultDashboardIntervalMs = 2000;

} // namespace

AppSettings &AppSettings::instance()
{
    static AppSettings *settings = new AppSettings; // lives as long as the process
    return *settings;
}

void AppSettings::store(Key key, const QVariant &value)
{
    if (QSettings().value(keyName(key)) == value) return;
    QSettings().setValue(keyName(key), value);
    emit changed(key);
}

QString AppSettings::language() const { return stored(Key::Language).toString(); }

void AppSettings::setLanguage(const QString &name) { store(Key::Language, name); }

AppSettings::Theme AppSettings::theme() const
{
    const QString name = stored(Key::Theme).toString();
    bool ok = false;
    const int value = QMetaEnum::fromType<Theme>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? Theme(value) : Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    store(Key::Theme, QString::fromLatin1(QMetaEnum::fromType<Theme>().valueToKey(int(theme))));
}

QFont AppSettings::editorFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString saved = stored(Key::EditorFont).toString();
    QFont chosen;
    if (!saved.isEmpty() && chosen.fromString(saved)) return chosen;
    return font;
}

void AppSettings::setEditorFont(const QFont &font) { store(Key::EditorFont, font.toString()); }

DataCodec::Mode AppSettings::defaultMode() const
{
    const QString name = stored(Key::DefaultMode).toString();
    bool ok = false;
    const int value =
        QMetaEnum::fromType<DataCodec::Mode>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? DataCodec::Mode(value) : DataCodec::Mode::Auto;
}

void AppSettings::setDefaultMode(DataCodec::Mode mode)
{
    store(Key::DefaultMode,
          QString::fromLatin1(QMetaEnum::fromType<DataCodec::Mode>().valueToKey(int(mode))));
}

QStringConverter::Encoding AppSettings::defaultEncoding() const
{
    const auto encoding =
        QStringConverter::encodingForName(stored(Key::DefaultEncoding).toString().toLatin1());
    return encoding.value_or(QStringConverter::Utf8);
}

void AppSettings::setDefaultEncoding(QStringConverter::Encoding encoding)
{
    store(Key::DefaultEncoding, QString::fromLatin1(QStringConverter::nameForEncoding(encoding)));
}

bool AppSettings::confirmDelete() const { return stored(Key::ConfirmDelete, true).toBool(); }

void AppSettings::setConfirmDelete(bool on) { store(Key::ConfirmDelete, on); }

bool AppSettings::confirmOverwrite() const { return stored(Key::ConfirmOverwrite, true).toBool(); }

void AppSettings::setConfirmOverwrite(bool on) { store(Key::ConfirmOverwrite, on); }

int AppSettings::watchLogCapacity() const
{
    return qBound(kMinWatchLogCapacity,
                  stored(Key::WatchLogCapacity, WatchLogModel::kDefaultCapacity).toInt(),
                  kMaxWatchLogCapacity);
}

void AppSettings::setWatchLogCapacity(int rows)
{
    store(Key::WatchLogCapacity, qBound(kMinWatchLogCapacity, rows, kMaxWatchLogCapacity));
}

int AppSettings::dashboardIntervalMs() const
{
    return qBound(kMinDashboardIntervalMs,
                  stored(Key::DashboardInterval, kDefaultDashboardIntervalMs).toInt(),
                  kMaxDashboardIntervalMs);
}

void AppSettings::setDashboardIntervalMs(int ms)
{
    store(Key::DashboardInterval, qBound(kMinDashboardIntervalMs, ms, kMaxDashboardIntervalMs));
}
