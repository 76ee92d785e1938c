// Edit > Preferences against a real sandbox server: every field is stored in QSettings (through
// AppSettings) and read back by a new dialog, and each setting reaches the place that uses it
// while a connection is open — watch log capacity, dashboard interval, editor font, default data
// mode and charset, theme — plus the two confirmations: a single-node delete without its question
// when turned off, and "Overwrite with mine" asking again when turned on.

#include "dashboard/dashboarddock.h"
#include "monitor/ensemblemonitor.h"
#include "node/conflictdialog.h"
#include "node/hexview.h"
#include "node/texteditorpane.h"
#include "operations/treeactions.h"
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "theme/themeswitcher.h"
#include "watchlog/watchlogdock.h"
#include "watchlog/watchlogmodel.h"
#include "windowfixture.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kRoot = u"/preferencestest"_s;

template<class T>
T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->objectName() == objectName && t->isVisible())
            return t;
    return nullptr;
}

template<class T>
T *field(PreferencesDialog &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget) qWarning("no %s in the dialog", qPrintable(name));
    return widget;
}

void choose(QComboBox *box, const QVariant &data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

class TestPreferences final
    : public QObject
    , private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownFixture(); }
    void init();
    void cleanup();
    void storedAndReadBack();
    void appliedLive();
    void themeDarkAndBack();
    void deleteWithoutQuestion();
    void overwriteAsksAgain();

private:
    void resetSettings();
};

void TestPreferences::initTestCase()
{
    setUpFixture(u"tst_ui_preferences"_s, kRoot,
                 {{kRoot + u"/json"_s, "{\"a\":1}"_ba}, {kRoot + u"/leaf"_s, "x"_ba}});
    ThemeSwitcher::followSettings();
}

void TestPreferences::init()
{
    resetSettings();
    openWindow();
}

void TestPreferences::cleanup()
{
    closeWindow();
    resetSettings();
}

// Back to the defaults, through AppSettings so the listeners see it too.
void TestPreferences::resetSettings()
{
    AppSettings &s = AppSettings::instance();
    s.setTheme(AppSettings::Theme::System);
    s.setConfirmDelete(true);
    s.setConfirmOverwrite(true);
    s.setDefaultMode(DataCodec::Mode::Auto);
    s.setDefaultEncoding(QStringConverter::Utf8);
    QSettings().remove(u"preferences"_s);
}

void TestPreferences::storedAndReadBack()
{
    {
        PreferencesDialog dialog;
        choose(field<QComboBox>(dialog, u"languageBox"_s), u"zh_CN"_s);
        choose(field<QComboBox>(dialog, u"themeBox"_s), int(AppSettings::Theme::Light));
        field<QSpinBox>(dialog, u"editorFontSize"_s)->setValue(15);
        choose(field<QComboBox>(dialog, u"defaultModeBox"_s), int(DataCodec::Mode::Json));
        choose(field<QComboBox>(dialog, u"defaultCharsetBox"_s), int(QStringConverter::Latin1));
        field<QCheckBox>(dialog, u"confirmDeleteBox"_s)->setChecked(false);
        field<QCheckBox>(dialog, u"confirmOverwriteBox"_s)->setChecked(false);
        field<QSpinBox>(dialog, u"watchLogCapacityBox"_s)->setValue(2500);
        field<QDoubleSpinBox>(dialog, u"dashboardIntervalBox"_s)->setValue(7.5);
        dialog.apply();
    }
    // Stored in the settings file, not only in memory.
    const QSettings settings;
    QCOMPARE(settings.value(u"preferences/language"_s).toString(), u"zh_CN"_s);
    QCOMPARE(settings.value(u"preferences/theme"_s).toString(), u"Light"_s);
    QCOMPARE(settings.value(u"preferences/watchLogCapacity"_s).toInt(), 2500);
    QCOMPARE(settings.value(u"preferences/dashboardIntervalMs"_s).toInt(), 7500);
    const AppSettings &s = AppSettings::instance();
    QCOMPARE(s.editorFont().pointSize(), 15);
    QCOMPARE(s.defaultMode(), DataCodec::Mode::Json);
    QCOMPARE(s.defaultEncoding(), QStringConverter::Latin1);
    QVERIFY(!s.confirmDelete());
    QVERIFY(!s.confirmOverwrite());

    PreferencesDialog again; // shows what is stored
    QCOMPARE(field<QComboBox>(again, u"languageBox"_s)->currentData().toString(), u"zh_CN"_s);
    QCOMPARE(field<QComboBox>(again, u"themeBox"_s)->currentData().toInt(),
             int(AppSettings::Theme::Light));
    QCOMPARE(field<QSpinBox>(again, u"editorFontSize"_s)->value(), 15);
    QCOMPARE(field<QComboBox>(again, u"defaultModeBox"_s)->currentData().toInt(),
             int(DataCodec::Mode::Json));
    QVERIFY(!field<QCheckBox>(again, u"confirmDeleteBox"_s)->isChecked());
    QCOMPARE(field<QSpinBox>(again, u"watchLogCapacityBox"_s)->value(), 2500);
    QCOMPARE(field<QDoubleSpinBox>(again, u"dashboardIntervalBox"_s)->value(), 7.5);

    // Out-of-range values from a hand-edited file are clamped, not trusted.
    QSettings().setValue(u"preferences/watchLogCapacity"_s, 3);
    QCOMPARE(s.watchLogCapacity(), AppSettings::kMinWatchLogCapacity);
}

void TestPreferences::appliedLive()
{
    QVERIFY(openNode(kRoot + u"/json"_s));
    NodeDataView *data = m_window->nodePanel()->dataView();
    auto *dashboard = m_window->findChild<DashboardDock *>();
    QVERIFY(dashboard);
    QCOMPARE(m_window->watchLogDock()->logModel()->capacity(), WatchLogModel::kDefaultCapacity);

    PreferencesDialog dialog; // not a child of the window, which is replaced below
    field<QSpinBox>(dialog, u"watchLogCapacityBox"_s)->setValue(500);
    field<QDoubleSpinBox>(dialog, u"dashboardIntervalBox"_s)->setValue(5.5);
    field<QSpinBox>(dialog, u"editorFontSize"_s)->setValue(17);
    choose(field<QComboBox>(dialog, u"defaultModeBox"_s), int(DataCodec::Mode::Hex));
    choose(field<QComboBox>(dialog, u"defaultCharsetBox"_s), int(QStringConverter::Latin1));
    dialog.apply();

    QCOMPARE(m_window->watchLogDock()->logModel()->capacity(), 500);
    QCOMPARE(dashboard->monitor()->intervalMs(), 5500);
    QCOMPARE(data->textPane()->editor()->lexer()->defaultFont().pointSize(), 17);
    QCOMPARE(data->mode(), DataCodec::Mode::Hex);
    QCOMPARE(data->shown(), NodeDataView::Shown::Hex);
    QCOMPARE(data->encoding(), QStringConverter::Latin1);

    // A connection opened afterwards starts with them too.
    closeWindow();
    openWindow();
    QCOMPARE(m_window->watchLogDock()->logModel()->capacity(), 500);
    QCOMPARE(m_window->findChild<DashboardDock *>()->monitor()->intervalMs(), 5500);
    QCOMPARE(m_window->nodePanel()->dataView()->mode(), DataCodec::Mode::Hex);
    QCOMPARE(m_window->nodePanel()->dataView()->textPane()->editor()->font().pointSize(), 17);
    QVERIFY(openNode(kRoot + u"/json"_s));
    QCOMPARE(m_window->nodePanel()->dataView()->hexView()->font().pointSize(), 17);
}

void TestPreferences::themeDarkAndBack()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QVERIFY(openNode(kRoot + u"/json"_s));
    QsciScintilla *editor = m_window->nodePanel()->dataView()->textPane()->editor();

    PreferencesDialog dialog(m_window.get());
    choose(field<QComboBox>(dialog, u"themeBox"_s), int(AppSettings::Theme::Dark));
    dialog.apply();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    // The editor follows: dark paper, light text (the lexer's own colours are for white paper).
    QTRY_VERIFY(editor->lexer() && editor->lexer()->defaultPaper().lightnessF() < 0.3);
    QVERIFY(editor->lexer()->paper(0).lightnessF() < 0.3); // what Scintilla paints with a lexer
    QVERIFY(editor->lexer()->defaultColor().lightnessF() > 0.7);

    choose(field<QComboBox>(dialog, u"themeBox"_s), int(AppSettings::Theme::System));
    dialog.apply();
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QTRY_COMPARE(editor->lexer()->defaultPaper(), QApplication::palette().color(QPalette::Base));
}

void TestPreferences::deleteWithoutQuestion()
{
    const QString leaf = kRoot + u"/leaf"_s;
    QVERIFY(openNode(leaf));
    // Asked by default: the question comes, Cancel keeps the node.
    m_window->treeActions()->deleteAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleTopLevel<QMessageBox>(u"deleteConfirmation"_s)),
                             kTimeoutMs);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>(u"deleteConfirmation"_s));
    ZkError error;
    TestUtil::getData(*m_session, leaf, nullptr, &error);
    QVERIFY(error.isOk());

    AppSettings::instance().setConfirmDelete(false);
    bool asked = false;
    QTimer watcher; // any question on screen while deleting fails the test
    connect(&watcher, &QTimer::timeout, this,
            [&] { asked = asked || visibleTopLevel<QMessageBox>(u"deleteConfirmation"_s); });
    watcher.start(5);
    m_window->treeActions()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        (TestUtil::getData(*m_session, leaf, nullptr, &error), error.code == ZkCode::NoNode),
        kTimeoutMs);
    QVERIFY(!asked);
}

void TestPreferences::overwriteAsksAgain()
{
    const QString path = kRoot + u"/json"_s;
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    view->textPane()->editor()->setText(u"{\"a\": 2}"_s);
    QVERIFY(TestUtil::setData(*m_session, path, "{\"a\":3}"_ba)); // someone else
    m_window->nodePanel()->saveAction()->trigger();
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<ConflictDialog>(u"conflictDialog"_s)),
                             kTimeoutMs);
    auto *overwrite = dialog->findChild<QPushButton *>(u"overwriteButton"_s);
    QVERIFY(overwrite);
    overwrite->click();
    QMessageBox *again = nullptr;
    QTRY_VERIFY((again = visibleTopLevel<QMessageBox>(u"overwriteConfirmation"_s)));
    QVERIFY(dialog->isVisible()); // nothing chosen yet
    QCOMPARE(TestUtil::getData(*m_session, path), "{\"a\":3}"_ba);
    again->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>(u"overwriteConfirmation"_s));
    QVERIFY(dialog->isVisible());

    // Turned off: the button overwrites at once.
    AppSettings::instance().setConfirmOverwrite(false);
    overwrite->click();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isDirty(), kTimeoutMs);
    QCOMPARE(TestUtil::getData(*m_session, path), "{\"a\":2}"_ba);
}

QTEST_MAIN(TestPreferences)
#include "tst_ui_preferences.moc"
