// Light and dark against a real sandbox server: with View > Theme on Light and on Dark, the
// colours zkdesk derives from the palette (error/warning/info/success text, banners, diff lines,
// change highlights, the editor's lexer styles) keep a WCAG contrast of at least 4.5 against what
// they are drawn on, the editor paints on the palette's base colour, and every bundled action icon
// renders crisply at the screen's pixel ratio (QT_SCALE_FACTOR=2 runs it again, see CMake).
// With ZKDESK_SCREENSHOT_DIR set it saves the main window, editor, conflict dialog and ACL editor
// in each theme (theme-<part>-<light|dark>[-2x].png).

#include "node/conflictdialog.h"
#include "node/databanner.h"
#include "node/texteditorpane.h"
#include "profiles/connectionprofile.h"
#include "profiles/environmentband.h"
#include "settings/appsettings.h"
#include "theme/themecolors.h"
#include "theme/themeswitcher.h"
#include "util/actionicons.h"
#include "windowfixture.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using ThemeColors::Accent;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kRoot = u"/themetest"_s;

QColor over(const QColor &top, const QColor &bottom) // alpha blending onto an opaque colour
{
    const double a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + bottom.redF() * (1 - a),
                            top.greenF() * a + bottom.greenF() * (1 - a),
                            top.blueF() * a + bottom.blueF() * (1 - a));
}

QString suffix(AppSettings::Theme theme)
{
    QString s = theme == AppSettings::Theme::Dark ? u"dark"_s : u"light"_s;
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == u"2"_s) s += u"-2x"_s;
    return s;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

template<class T>
T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->objectName() == objectName && t->isVisible())
            return t;
    return nullptr;
}

} // namespace

class TestTheme final
    : public QObject
    , private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { closeWindow(); }
    void iconsCrisp();
    void readable_data();
    void readable();
    void editorAndDialogs_data() { readable_data(); }
    void editorAndDialogs();
};

void TestTheme::initTestCase()
{
    setUpFixture(u"tst_ui_theme"_s, kRoot,
                 {{kRoot + u"/config.json"_s,
                   "{\"brokers\":[\"kafka-1:9092\",\"kafka-2:9092\"],\"retries\":3,"
                   "\"compression\":\"lz4\",\"tls\":true}"_ba},
                  {kRoot + u"/app.xml"_s, "<app name=\"orders\"><pool size=\"8\"/></app>"_ba}});
    ThemeSwitcher::followSettings();
}

void TestTheme::cleanupTestCase()
{
    AppSettings::instance().setTheme(AppSettings::Theme::System);
    tearDownFixture();
}

void TestTheme::iconsCrisp()
{
    const QStringList names = ActionIcons::bundledNames();
    QVERIFY(names.size() >= 30);
    const qreal ratio = qApp->devicePixelRatio();
    for (const QString &name : names) {
        const QIcon icon(u":/actions/%1.svg"_s.arg(name)); // the fallback itself
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), ratio);
        QVERIFY2(!pixmap.isNull(), qPrintable(name));
        // Rendered from the SVG at device pixels, not a 16 px bitmap scaled up.
        QCOMPARE(pixmap.width(), qRound(16 * ratio));
        QVERIFY2(!ActionIcons::icon(name).isNull(), qPrintable(name));
    }
}

void TestTheme::readable_data()
{
    QTest::addColumn<AppSettings::Theme>("theme");
    QTest::newRow("light") << AppSettings::Theme::Light;
    QTest::newRow("dark") << AppSettings::Theme::Dark;
}

void TestTheme::readable()
{
    QFETCH(AppSettings::Theme, theme);
    AppSettings::instance().setTheme(theme);
    const QPalette pal = QApplication::palette();
    QCOMPARE(ThemeColors::isDark(pal), theme == AppSettings::Theme::Dark);
    const QColor window = pal.color(QPalette::Window), base = pal.color(QPalette::Base),
                 text = pal.color(QPalette::Text);
    for (Accent accent : {Accent::Error, Accent::Warning, Accent::Info, Accent::Success}) {
        const QColor fg = ThemeColors::text(accent, pal);
        QVERIFY2(ThemeColors::contrast(fg, window) >= 4.5, qPrintable(fg.name()));
        QVERIFY2(ThemeColors::contrast(fg, base) >= 4.5, qPrintable(fg.name()));
        const QColor bg = ThemeColors::background(accent, pal); // banners, diff lines, bad rows
        QVERIFY2(ThemeColors::contrast(text, bg) >= 4.5, qPrintable(bg.name()));
    }
    for (double level : {0.0, 0.5, 1.0}) { // a changed row fading out
        const QColor row = over(ThemeColors::changeHighlight(level, pal), base);
        QVERIFY2(ThemeColors::contrast(text, row) >= 4.5, qPrintable(row.name()));
    }
    QVERIFY(ThemeColors::contrast(ThemeColors::muted(pal), base) >= 4.5); // hunk headers
    // The environment bands keep the profile's colour in both themes; their text must read.
    for (ProfileEnvironment environment :
         {ProfileEnvironment::Development, ProfileEnvironment::Testing, ProfileEnvironment::Staging,
          ProfileEnvironment::Production}) {
        ConnectionProfile profile = ConnectionProfile::create(u"band"_s, u"127.0.0.1:2181"_s);
        profile.environment = environment;
        EnvironmentBand band;
        band.showProfile(profile, true);
        const QPalette bandPalette = band.label()->palette();
        const QColor bandText = bandPalette.color(QPalette::WindowText);
        const QColor bandColor = bandPalette.color(QPalette::Window);
        QCOMPARE(bandColor, QColor(profile.effectiveColor()));
        QVERIFY2(ThemeColors::contrast(bandText, bandColor) >= 4.5,
                 qPrintable(bandText.name() + u" on "_s + bandColor.name()));
    }
}

void TestTheme::editorAndDialogs()
{
    QFETCH(AppSettings::Theme, theme);
    AppSettings::instance().setTheme(theme);
    openWindow();
    const QPalette pal = QApplication::palette();
    QVERIFY(openNode(kRoot + u"/config.json"_s));
    NodeDataView *data = m_window->nodePanel()->dataView();
    QsciScintilla *editor = data->textPane()->editor();
    QVERIFY(editor->lexer());
    QCOMPARE(editor->paper(), pal.color(QPalette::Base));
    QCOMPARE(editor->lexer()->defaultPaper(), pal.color(QPalette::Base));
    for (int style = 0; style < 128; ++style) {
        if (editor->lexer()->description(style).isEmpty()) continue;
        const QColor fg = editor->lexer()->color(style);
        QVERIFY2(
            ThemeColors::contrast(fg, editor->lexer()->paper(style)) >= 4.5,
            qPrintable(u"%1 style %2: %3"_s.arg(QString::fromLatin1(editor->lexer()->language()))
                           .arg(style)
                           .arg(fg.name())));
    }
    // A banner (here: the size warning's style) takes the palette's colours too.
    auto *banner = data->findChild<DataBanner *>(u"dataNote"_s);
    QVERIFY(banner);
    banner->setMessage(u"example"_s, DataBanner::Kind::Warning);
    QVERIFY(banner->findChild<QLabel *>()->styleSheet().contains(
        ThemeColors::background(Accent::Warning, pal).name()));
    banner->setMessage({}, DataBanner::Kind::Warning);

    const QString name = suffix(theme);
    screenshot(m_window.get(), u"theme-main-window-%1.png"_s.arg(name));
    screenshot(m_window->nodePanel(), u"theme-editor-%1.png"_s.arg(name));
    m_window->nodePanel()->tabs()->setCurrentIndex(2); // ACL
    QTRY_VERIFY_WITH_TIMEOUT(m_window->nodePanel()->tabs()->currentWidget()->isVisible(),
                             kTimeoutMs);
    screenshot(m_window->nodePanel(), u"theme-acl-editor-%1.png"_s.arg(name));
    m_window->nodePanel()->tabs()->setCurrentIndex(0);

    // The conflict dialog's diff: removed and added lines on the derived backgrounds.
    editor->setText(editor->text().replace(u"\"retries\": 3"_s, u"\"retries\": 5"_s));
    QVERIFY(data->isDirty());
    QVERIFY(TestUtil::setData(*m_session, kRoot + u"/config.json"_s,
                              "{\"brokers\":[\"kafka-1:9092\"],\"retries\":3,"
                              "\"compression\":\"zstd\",\"tls\":true}"_ba));
    m_window->nodePanel()->saveAction()->trigger();
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<ConflictDialog>(u"conflictDialog"_s)),
                             kTimeoutMs);
    auto *diff = dialog->findChild<QTextEdit *>(u"conflictDiff"_s);
    QVERIFY(diff);
    QTRY_VERIFY(diff->toHtml().contains(ThemeColors::background(Accent::Error, pal).name(),
                                        Qt::CaseInsensitive));
    QVERIFY(diff->toHtml().contains(ThemeColors::background(Accent::Success, pal).name(),
                                    Qt::CaseInsensitive));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    screenshot(dialog, u"theme-conflict-dialog-%1.png"_s.arg(name));
    dialog->choose(ConflictDialog::Choice::Reload);
    QTRY_VERIFY_WITH_TIMEOUT(!data->isDirty(), kTimeoutMs);
}

QTEST_MAIN(TestTheme)
#include "tst_ui_theme.moc"
