#pragma once

#include "util/datacodec.h"

#include <QFont>
#include <QObject>
#include <QStringConverter>

/// The user's preferences (Edit > Preferences), kept in the app's QSettings under "preferences/".
/// One instance per process (instance()); each setter stores the value and emits changed() with
/// the key, so the widgets that can apply a preference live (theme, editor font, watch log
/// capacity, dashboard interval, default mode and charset) listen here instead of reading
/// QSettings themselves. Language needs a restart: widgets take their texts when built.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    enum class Key {
        Language,
        Theme,
        EditorFont,
        DefaultMode,
        DefaultEncoding,
        ConfirmDelete,
        ConfirmOverwrite,
        WatchLogCapacity,
        DashboardInterval
    };
    Q_ENUM(Key)

    static constexpr int kMinWatchLogCapacity = 100;
    static constexpr int kMaxWatchLogCapacity = 1'000'000;
    static constexpr int kMinDashboardIntervalMs = 500;
    static constexpr int kMaxDashboardIntervalMs = 600'000;

    static AppSettings &instance();

    /// A locale name such as "zh_CN"; empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &name);
    Theme theme() const;
    void setTheme(Theme theme);
    /// The system's fixed font unless the user chose another family or size.
    QFont editorFont() const;
    void setEditorFont(const QFont &font);
    DataCodec::Mode defaultMode() const;
    void setDefaultMode(DataCodec::Mode mode);
    QStringConverter::Encoding defaultEncoding() const;
    void setDefaultEncoding(QStringConverter::Encoding encoding);
    /// Ask before deleting a single node (a subtree delete always shows its count first).
    bool confirmDelete() const;
    void setConfirmDelete(bool on);
    /// Ask again before "Overwrite with mine" replaces someone else's change.
    bool confirmOverwrite() const;
    void setConfirmOverwrite(bool on);
    int watchLogCapacity() const;
    void setWatchLogCapacity(int rows);
    int dashboardIntervalMs() const;
    void setDashboardIntervalMs(int ms);

signals:
    void changed(AppSettings::Key key);

private:
    AppSettings() = default;
    void store(Key key, const QVariant &value);
};
