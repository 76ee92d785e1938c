// The window in Simplified Chinese, against a real sandbox server: with the zh_CN catalogues
// installed (as main() does for that locale), the menus, the start page, a connected tab's tree
// and panel, the Preferences dialog, a core string and Qt's own standard buttons all show Chinese.
// With ZKDESK_SCREENSHOT_DIR set it saves main-window-zh_CN.png and preferences-zh_CN.png there.

#include "connectionview.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "node/nodepanel.h"
#include "sandbox/sandboxserver.h"
#include "settings/preferencesdialog.h"
#include "util/datacodec.h"
#include "zktestutil.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class TestTranslationsUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void coreAndQtStrings();
    void windowInChinese();
    void preferencesInChinese();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestTranslationsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_translations"_s);
    QSettings().clear();
    QVERIFY(Translations::install(QLocale(u"zh_CN"_s)));
    QCOMPARE(QLocale().name(), u"zh_CN"_s);
    QVERIFY(Translations::available().contains(u"zh_CN"_s));
}

void TestTranslationsUi::cleanupTestCase()
{
    m_window.reset();
    Translations::install(QLocale::c());
}

void TestTranslationsUi::coreAndQtStrings()
{
    // core (QtCore only, translated through QCoreApplication::translate)
    QCOMPARE(DataCodec::modeName(DataCodec::Mode::Auto), u"自动"_s);
    // Qt's own catalogue: the standard buttons of every dialog box
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"取消"_s);
    // An English locale finds no zkdesk catalogue and keeps the source texts.
    QVERIFY(!Translations::install(QLocale(u"en_US"_s)));
    QCOMPARE(DataCodec::modeName(DataCodec::Mode::Auto), u"Auto"_s);
    QVERIFY(Translations::install(QLocale(u"zh_CN"_s)));
}

void TestTranslationsUi::windowInChinese()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions()) menus << action->text();
    QVERIFY2(menus.contains(u"文件(&F)"_s) && menus.contains(u"视图(&V)"_s)
                 && menus.contains(u"帮助(&H)"_s),
             qPrintable(menus.join(u", ")));
    const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
    QVERIFY(std::any_of(buttons.begin(), buttons.end(),
                        [](QPushButton *b) { return b->text() == u"试用沙箱"_s; }));

    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    // A small tree with Chinese data, so the screenshot shows a loaded node, not "loading".
    const QString root = u"/shop"_s;
    {
        std::unique_ptr<ZkSession> writer = TestUtil::connect(server->connectString());
        QVERIFY(writer);
        TestUtil::deleteTree(*writer, root);
        QVERIFY(TestUtil::createNodes(
            *writer,
            {{root, {}},
             {root + u"/services"_s, {}},
             {root + u"/services/订单服务"_s, "{\"port\": 8080}"},
             {root + u"/config"_s, "{\n  \"名称\": \"订单\",\n  \"副本\": 3\n}\n"}}));
    }
    ConnectionView *view = m_window->connectTo(server->connectString(), false);
    QTRY_COMPARE_WITH_TIMEOUT(view->currentPath(), u"/"_s, kTimeoutMs);
    view->selectPath(root + u"/config"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->nodePanel()->path() == root + u"/config"_s
                                 && view->nodePanel()->loadedVersion() >= 0,
                             kTimeoutMs);
    QCOMPARE(view->treeView()->model()->headerData(0, Qt::Horizontal).toString(), u"名称"_s);
    QCOMPARE(view->nodePanel()->tabs()->tabText(0), u"数据"_s);
    for (QAction *action : m_window->menuBar()->actions())
        QVERIFY2(hasChinese(action->text()), qPrintable(action->text()));
    screenshot(m_window.get(), u"main-window-zh_CN.png"_s);
}

void TestTranslationsUi::preferencesInChinese()
{
    QVERIFY(m_window);
    m_window->preferencesAction()->trigger();
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"首选项"_s);
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QCOMPARE(box->button(QDialogButtonBox::Apply)->text(), u"应用"_s); // Qt's catalogue
    screenshot(dialog, u"preferences-zh_CN.png"_s);
    dialog->close();
}

QTEST_MAIN(TestTranslationsUi)
#include "tst_ui_translations.moc"
