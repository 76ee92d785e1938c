#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

/// Edit > Preferences: language, theme, editor font, default data mode and charset,
/// confirmations, watch log capacity and dashboard interval. OK and Apply store the choices in
/// AppSettings, which applies them at once; only the language waits for a restart (the dialog
/// says so next to it).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Stores every field in AppSettings (what OK and Apply do).
    void apply();

private:
    QWidget *buildLookPage();
    QWidget *buildEditorPage();
    QWidget *buildBehaviourPage();
    void load();

    QComboBox *m_language = nullptr; // Owned by the widget tree, like all below.
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_charset = nullptr;
    QCheckBox *m_confirmDelete = nullptr;
    QCheckBox *m_confirmOverwrite = nullptr;
    QSpinBox *m_watchLogCapacity = nullptr;
    QDoubleSpinBox *m_dashboardInterval = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
