#include "settings/preferencesdialog.h"

#include "settings/appsettings.h"
#include "util/datacodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QGroupBox *group(const QString &title, QLayout *layout, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setLayout(layout);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildLookPage());
    layout->addWidget(buildEditorPage());
    layout->addWidget(buildBehaviourPage());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    load();
}

QWidget *PreferencesDialog::buildLookPage()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageBox"_s);
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so it can be found by someone who cannot read the others.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    auto *restart = new QLabel(tr("(after a restart)"), this);
    restart->setEnabled(false);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    languageRow->addWidget(restart);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"themeBox"_s);
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setToolTip(tr("System follows the desktop's colours; Light and Dark use them "
                           "whatever the desktop does"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), languageRow);
    form->addRow(tr("&Theme:"), m_theme);
    return group(tr("Look"), form, this);
}

QWidget *PreferencesDialog::buildEditorPage()
{
    m_fontFamily = new QFontComboBox(this);
    m_fontFamily->setObjectName(u"editorFontBox"_s);
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(u"editorFontSize"_s);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"defaultModeBox"_s);
    using DataCodec::Mode;
    for (Mode m : {Mode::Auto, Mode::Text, Mode::Json, Mode::Xml, Mode::Yaml, Mode::Properties,
                   Mode::Hex, Mode::Base64})
        m_mode->addItem(DataCodec::modeName(m), int(m));
    m_charset = new QComboBox(this);
    m_charset->setObjectName(u"defaultCharsetBox"_s);
    for (int e = QStringConverter::Utf8; e <= QStringConverter::LastEncoding; ++e)
        m_charset->addItem(DataCodec::encodingName(QStringConverter::Encoding(e)), e);

    auto *form = new QFormLayout;
    form->addRow(tr("Editor &font:"), fontRow);
    form->addRow(tr("Default data &view:"), m_mode);
    form->addRow(tr("Default &charset:"), m_charset);
    return group(tr("Data editor"), form, this);
}

QWidget *PreferencesDialog::buildBehaviourPage()
{
    m_confirmDelete = new QCheckBox(tr("Ask before deleting a single node"), this);
    m_confirmDelete->setObjectName(u"confirmDeleteBox"_s);
    m_confirmDelete->setToolTip(tr("Deleting a subtree always shows how many nodes it removes "
                                   "and asks first"));
    m_confirmOverwrite =
        new QCheckBox(tr("Ask again before overwriting someone else's change"), this);
    m_confirmOverwrite->setObjectName(u"confirmOverwriteBox"_s);
    m_watchLogCapacity = new QSpinBox(this);
    m_watchLogCapacity->setObjectName(u"watchLogCapacityBox"_s);
    m_watchLogCapacity->setRange(AppSettings::kMinWatchLogCapacity,
                                 AppSettings::kMaxWatchLogCapacity);
    m_watchLogCapacity->setSingleStep(1000);
    m_watchLogCapacity->setGroupSeparatorShown(true);
    m_watchLogCapacity->setSuffix(tr(" events"));
    m_dashboardInterval = new QDoubleSpinBox(this);
    m_dashboardInterval->setObjectName(u"dashboardIntervalBox"_s);
    m_dashboardInterval->setDecimals(1);
    m_dashboardInterval->setRange(AppSettings::kMinDashboardIntervalMs / 1000.0,
                                  AppSettings::kMaxDashboardIntervalMs / 1000.0);
    m_dashboardInterval->setSingleStep(0.5);
    m_dashboardInterval->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(tr("Confirmations:"), m_confirmDelete);
    form->addRow(QString(), m_confirmOverwrite);
    form->addRow(tr("&Watch log keeps:"), m_watchLogCapacity);
    form->addRow(tr("&Dashboard polls every:"), m_dashboardInterval);
    return group(tr("Behaviour"), form, this);
}

void PreferencesDialog::load()
{
    const AppSettings &s = AppSettings::instance();
    selectData(m_language, s.language());
    selectData(m_theme, int(s.theme()));
    const QFont font = s.editorFont();
    m_fontFamily->setCurrentFont(font);
    m_fontSize->setValue(qRound(font.pointSizeF()));
    selectData(m_mode, int(s.defaultMode()));
    selectData(m_charset, int(s.defaultEncoding()));
    m_confirmDelete->setChecked(s.confirmDelete());
    m_confirmOverwrite->setChecked(s.confirmOverwrite());
    m_watchLogCapacity->setValue(s.watchLogCapacity());
    m_dashboardInterval->setValue(s.dashboardIntervalMs() / 1000.0);
}

void PreferencesDialog::apply()
{
    AppSettings &s = AppSettings::instance();
    s.setLanguage(m_language->currentData().toString());
    s.setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    s.setEditorFont(font);
    s.setDefaultMode(DataCodec::Mode(m_mode->currentData().toInt()));
    s.setDefaultEncoding(QStringConverter::Encoding(m_charset->currentData().toInt()));
    s.setConfirmDelete(m_confirmDelete->isChecked());
    s.setConfirmOverwrite(m_confirmOverwrite->isChecked());
    s.setWatchLogCapacity(m_watchLogCapacity->value());
    s.setDashboardIntervalMs(qRound(m_dashboardInterval->value() * 1000));
}
