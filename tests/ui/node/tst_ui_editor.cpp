// The data editor against a real sandbox server: byte-exact round trips through every mode,
// edits in Hex and Latin-1, refusals (unrepresentable text, oversize), version conflicts,
// undo of saves, null vs empty, the unsaved-changes prompt and read-only connections.

#include "appcontroller.h"
#include "connectionview.h"
#include "editmenu.h"
#include "node/conflictdialog.h"
#include "node/hexview.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "node/savehistory.h"
#include "node/texteditorpane.h"
#include "sandbox/sandboxserver.h"
#include "windowfixture.h"
#include "zktestutil.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Mode = NodeDataView::Mode;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kRoot = u"/editortest"_s;

template<class T>
T *findTopLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->objectName() == objectName && t->isVisible())
            return t;
    }
    return nullptr;
}

void clickBox(QMessageBox *box, QMessageBox::StandardButton button)
{
    QPushButton *b = qobject_cast<QPushButton *>(box->button(button));
    QVERIFY(b);
    b->click();
}

QByteArray allBytes()
{
    QByteArray data(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i) data[i] = char(i);
    return data;
}

QByteArray bigText()
{
    QByteArray text;
    for (int i = 0; text.size() < 900 * 1024; ++i)
        text += "key." + QByteArray::number(i) + "=value number " + QByteArray::number(i) + "\n";
    return text.left(900 * 1024);
}

} // namespace

class TestEditor final
    : public QObject
    , private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void roundTripWithoutChange_data();
    void roundTripWithoutChange();
    void hexEditSavesExactBytes();
    void latin1EditSaves();
    void unrepresentableTextIsRefused();
    void oversizeSetIsRefused();
    void nullAndEmptyCanBeSet();
    void conflictAsksAndOverwrites();
    void conflictKeepEditingAndReload();
    void undoWritesPreviousValue();
    void unsavedChangePrompt();
    void unsavedChangePromptSaves();
    void findInEditor();
    void readOnlyConnection();

private:
    void setNode(const QString &path, const QByteArray &data);
    ZkStat serverStat(const QString &path, QByteArray *data = nullptr);
    bool openNode(const QString &path);
    bool saveAndWait();
};

void TestEditor::initTestCase() { setUpFixture(u"tst_ui_editor"_s, kRoot); }

void TestEditor::init() { openWindow(); }

void TestEditor::cleanup() { closeWindow(); }

void TestEditor::cleanupTestCase() { tearDownFixture(); }

void TestEditor::setNode(const QString &path, const QByteArray &data)
{
    bool done = false;
    ZkError error;
    m_session->create(path, data, CreateMode::Persistent, ZkAclPresets::open(), this,
                      [&](const CreateReply &r) {
                          error = r.error;
                          done = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    if (error.code == ZkCode::NodeExists) {
        done = false;
        m_session->setData(path, data, -1, this, [&](const StatReply &r) {
            error = r.error;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    }
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
}

ZkStat TestEditor::serverStat(const QString &path, QByteArray *data)
{
    ZkStat stat;
    ZkError error;
    const QByteArray bytes = TestUtil::getData(*m_session, path, &stat, &error);
    if (data) *data = bytes;
    return stat;
}

bool TestEditor::openNode(const QString &path)
{
    m_window->selectPath(path);
    NodePanel *panel = m_window->nodePanel();
    return QTest::qWaitFor([&] { return panel->path() == path && panel->loadedVersion() >= 0; },
                           kTimeoutMs);
}

bool TestEditor::saveAndWait()
{
    bool finished = false;
    bool saved = false;
    m_window->nodePanel()->save([&](bool ok) {
        saved = ok;
        finished = true;
    });
    return QTest::qWaitFor([&] { return finished; }, kTimeoutMs) && saved;
}

void TestEditor::roundTripWithoutChange_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("all 256 byte values") << allBytes();
    QTest::newRow("invalid utf-8") << QByteArray("ok \xc3\x28 \xff\xfe bad \xe2\x82", 14);
    QTest::newRow("null") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("compact json") << R"({"b":1,"a":[1,2,{"x":12345678901234567890}]})"_ba;
    QTest::newRow("utf-16 with bom") << QByteArray("\xff\xfeh\0i\0", 6);
    QTest::newRow("900 KB") << bigText();
}

void TestEditor::roundTripWithoutChange()
{
    QFETCH(QByteArray, data);
    const QString path = kRoot + u"/roundtrip"_s;
    setNode(path, data);
    const ZkStat before = serverStat(path);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(openNode(path));
    const qint64 openMs = clock.elapsed();
    NodePanel *panel = m_window->nodePanel();
    NodeDataView *view = panel->dataView();
    QVERIFY(view->originalData().isNull() == data.isNull());
    QCOMPARE(view->originalData(), data);
    if (!DataCodec::isValidUtf8(data))
        QCOMPARE(view->shown(), NodeDataView::Shown::Hex); // non-UTF-8 opens in Hex

    clock.restart();
    const QList<Mode> modes = {Mode::Text,       Mode::Json, Mode::Xml,    Mode::Yaml,
                               Mode::Properties, Mode::Hex,  Mode::Base64, Mode::Auto};
    for (Mode mode : modes) {
        QVERIFY(view->setMode(mode));
        QVERIFY2(!view->isDirty(), qPrintable(DataCodec::modeName(mode)));
        QVERIFY(!panel->saveAction()->isEnabled());
    }
    QVERIFY(view->setMode(Mode::Text));
    for (auto enc : {QStringConverter::Latin1, QStringConverter::Utf16, QStringConverter::Utf32,
                     QStringConverter::Utf8}) {
        QVERIFY(view->setEncoding(enc));
        QVERIFY(!view->isDirty());
    }
    const qint64 switchMs = clock.elapsed();
    QVERIFY(view->setMode(Mode::Auto));

    // Save with nothing changed: reports success, writes nothing.
    clock.restart();
    QVERIFY(saveAndWait());
    const qint64 saveMs = clock.elapsed();
    qInfo("%s (%lld bytes): open %lld ms, 8 modes + 4 charsets %lld ms, save %lld ms",
          QTest::currentDataTag(), qint64(data.size()), openMs, switchMs, saveMs);
    QByteArray now;
    const ZkStat after = serverStat(path, &now);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.mzxid, before.mzxid);
    QCOMPARE(now.isNull(), data.isNull());
    QCOMPARE(now, data);
    if (data.size() > NodeDataView::kWarnBytes)
        QVERIFY2(view->sizeWarning().contains(u"921,600"_s), qPrintable(view->sizeWarning()));
    else
        QVERIFY(view->sizeWarning().isEmpty());
}

void TestEditor::hexEditSavesExactBytes()
{
    const QString path = kRoot + u"/hexedit"_s;
    setNode(path, QByteArray("\x00\x01\x02\x03\xff", 5));
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    QCOMPARE(view->shown(), NodeDataView::Shown::Hex);
    HexView *hex = view->hexView();
    hex->setFocus();
    hex->setCursorPosition(1);
    QTest::keyClicks(hex, u"ab"_s);       // overwrite byte 1 -> 0xab
    QTest::keyClick(hex, Qt::Key_Delete); // remove byte 2 (0x02)
    QTest::keyClick(hex, Qt::Key_Insert); // insert mode
    QTest::keyClicks(hex, u"7f"_s);       // insert 0x7f before 0x03
    QTest::keyClick(hex, Qt::Key_Insert);
    QTest::keyClick(hex, Qt::Key_Tab); // ASCII column
    hex->setCursorPosition(5, true);
    QTest::keyClicks(hex, u"Z"_s); // append 'Z'
    const QByteArray expected("\x00\xab\x7f\x03\xff"
                              "Z",
                              6);
    QCOMPARE(hex->data(), expected);
    QVERIFY(view->isDirty());
    QVERIFY(m_window->nodePanel()->saveAction()->isEnabled());
    const int version = serverStat(path).version;
    m_window->nodePanel()->saveAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isDirty(), kTimeoutMs);
    QByteArray now;
    QCOMPARE(serverStat(path, &now).version, version + 1);
    QCOMPARE(now, expected);
}

void TestEditor::latin1EditSaves()
{
    const QString path = kRoot + u"/latin1"_s;
    setNode(path, "caf\xe9"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    QCOMPARE(view->shown(), NodeDataView::Shown::Hex); // not UTF-8
    QVERIFY(view->setMode(Mode::Text));
    QVERIFY(view->textPane()->isReadOnly()); // shown as UTF-8 it would not convert back
    QVERIFY(view->setEncoding(QStringConverter::Latin1));
    QCOMPARE(view->text(), u"café"_s);
    QVERIFY(!view->textPane()->isReadOnly());
    QVERIFY(!view->isDirty());
    view->textPane()->editor()->setText(u"café crème"_s);
    QVERIFY(view->isDirty());
    QVERIFY(saveAndWait());
    QByteArray now;
    serverStat(path, &now);
    QCOMPARE(now, "caf\xe9 cr\xe8me"_ba);
}

void TestEditor::unrepresentableTextIsRefused()
{
    const QString path = kRoot + u"/refuse"_s;
    setNode(path, "price"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    QVERIFY(view->setMode(Mode::Text));
    QVERIFY(view->setEncoding(QStringConverter::Latin1));
    view->textPane()->editor()->setText(u"price: 5 €"_s);
    const int version = serverStat(path).version;
    QVERIFY(!saveAndWait());
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"saveErrorBox"_s)), kTimeoutMs);
    QVERIFY2(box->text().contains(u"cannot represent"_s) && box->text().contains(u"€"_s),
             qPrintable(box->text()));
    box->close();
    // Switching the charset with that edit is refused the same way.
    QVERIFY(!view->setEncoding(QStringConverter::Utf8));
    QVERIFY(view->noteText().contains(u"cannot represent"_s));
    QByteArray now;
    QCOMPARE(serverStat(path, &now).version, version);
    QCOMPARE(now, "price"_ba);
    QVERIFY(view->isDirty()); // the edit is kept for the user to fix
}

void TestEditor::oversizeSetIsRefused()
{
    const QString path = kRoot + u"/oversize"_s;
    setNode(path, "small"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    QVERIFY(view->setMode(Mode::Text));
    view->textPane()->editor()->setText(QString(1100 * 1024, u'x'));
    QVERIFY(!saveAndWait());
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"saveErrorBox"_s)), kTimeoutMs);
    // The limit and the actual size are both in the message.
    QVERIFY2(box->text().contains(u"1,048,575"_s) && box->text().contains(u"1,126,4"_s),
             qPrintable(box->text()));
    box->close();
    QCOMPARE(m_controller->session()->state(), SessionState::Connected);
    QByteArray now;
    serverStat(path, &now);
    QCOMPARE(now, "small"_ba);
    QVERIFY(view->sizeWarning().contains(u"1,126,400"_s));
}

void TestEditor::nullAndEmptyCanBeSet()
{
    const QString path = kRoot + u"/nullempty"_s;
    setNode(path, "x"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    view->setNullAction()->trigger();
    QCOMPARE(view->shown(), NodeDataView::Shown::Null);
    QVERIFY(view->isDirty());
    QVERIFY(saveAndWait());
    QByteArray now = "not null";
    serverStat(path, &now);
    QVERIFY(now.isNull());

    QVERIFY(!view->setNullAction()->isEnabled());
    view->setEmptyAction()->trigger();
    QCOMPARE(view->shown(), NodeDataView::Shown::Empty);
    QVERIFY(saveAndWait());
    serverStat(path, &now);
    QVERIFY(!now.isNull());
    QVERIFY(now.isEmpty());
}

void TestEditor::conflictAsksAndOverwrites()
{
    const QString path = kRoot + u"/conflict"_s;
    setNode(path, "{\"port\":1,\"host\":\"a\"}"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    QCOMPARE(view->shown(), NodeDataView::Shown::Json);
    QString text = view->text();
    text.replace(u"\"port\": 1"_s, u"\"port\": 2"_s);
    view->textPane()->editor()->setText(text);
    setNode(path, "{\"port\":1,\"host\":\"b\"}"_ba); // someone else, after our load

    m_window->nodePanel()->saveAction()->trigger();
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<ConflictDialog>(u"conflictDialog"_s)),
                             kTimeoutMs);
    QByteArray now;
    serverStat(path, &now);
    QCOMPARE(now, "{\"port\":1,\"host\":\"b\"}"_ba); // nothing written before the user decides
    QVERIFY(dialog->serverText().contains(u"\"host\": \"b\""_s));
    QVERIFY(dialog->mineText().contains(u"\"port\": 2"_s));
    const QString diff = dialog->diffText();
    QVERIFY2(diff.contains(u"-    \"port\": 1,"_s) && diff.contains(u"+    \"port\": 2,"_s)
                 && diff.contains(u"-    \"host\": \"b\""_s),
             qPrintable(diff));
    if (const QByteArray dir = qgetenv("ZKDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(u"conflict-dialog.png"_s)));
    }
    const int theirVersion = serverStat(path).version;
    dialog->choose(ConflictDialog::Choice::Overwrite);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isDirty(), kTimeoutMs);
    QCOMPARE(serverStat(path, &now).version, theirVersion + 1);
    QCOMPARE(now, "{\"port\":2,\"host\":\"a\"}"_ba); // compact, like the node was
}

void TestEditor::conflictKeepEditingAndReload()
{
    const QString path = kRoot + u"/conflict2"_s;
    setNode(path, "one"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    view->textPane()->editor()->setText(u"mine"_s);
    setNode(path, "theirs"_ba);

    m_window->nodePanel()->saveAction()->trigger();
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<ConflictDialog>(u"conflictDialog"_s)),
                             kTimeoutMs);
    dialog->choose(ConflictDialog::Choice::KeepEditing);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->nodePanel()->saveAction()->isEnabled(), kTimeoutMs);
    QVERIFY(view->isDirty());
    QCOMPARE(view->text(), u"mine"_s);
    QByteArray now;
    serverStat(path, &now);
    QCOMPARE(now, "theirs"_ba);

    // Saving again still conflicts (the loaded version is stale): never a silent overwrite.
    m_window->nodePanel()->saveAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<ConflictDialog>(u"conflictDialog"_s)),
                             kTimeoutMs);
    dialog->choose(ConflictDialog::Choice::Reload);
    QTRY_COMPARE_WITH_TIMEOUT(view->text(), u"theirs"_s, kTimeoutMs);
    QVERIFY(!view->isDirty());
    QCOMPARE(m_window->nodePanel()->loadedVersion(), serverStat(path).version);
}

void TestEditor::undoWritesPreviousValue()
{
    const QString path = kRoot + u"/undo"_s;
    setNode(path, "first"_ba);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    view->textPane()->editor()->setText(u"second"_s);
    QVERIFY(saveAndWait());
    SaveHistory *history = m_controller->saveHistory();
    QVERIFY(history->undoAction()->isEnabled());

    QByteArray now;
    history->undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(view->text(), u"first"_s, kTimeoutMs);
    serverStat(path, &now);
    QCOMPARE(now, "first"_ba);
    QVERIFY(history->redoAction()->isEnabled());
    history->redoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(view->text(), u"second"_s, kTimeoutMs);
    serverStat(path, &now);
    QCOMPARE(now, "second"_ba);

    // Undo is version-checked too: another writer in between means the conflict dialog.
    setNode(path, "other"_ba);
    history->undoAction()->trigger();
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<ConflictDialog>(u"conflictDialog"_s)),
                             kTimeoutMs);
    serverStat(path, &now);
    QCOMPARE(now, "other"_ba);
    dialog->choose(ConflictDialog::Choice::KeepEditing);
    QTRY_VERIFY_WITH_TIMEOUT(history->undoAction()->isEnabled(), kTimeoutMs);
    serverStat(path, &now);
    QCOMPARE(now, "other"_ba);
}

void TestEditor::unsavedChangePrompt()
{
    const QString a = kRoot + u"/promptA"_s;
    const QString b = kRoot + u"/promptB"_s;
    setNode(a, "a"_ba);
    setNode(b, "b"_ba);
    QVERIFY(openNode(a));
    NodeDataView *view = m_window->nodePanel()->dataView();
    view->textPane()->editor()->setText(u"edited"_s);
    QVERIFY(m_window->nodePanel()->isDirty());
    QVERIFY(m_window->nodePanel()->tabs()->tabText(0).contains(u'*'));

    m_window->selectPath(b);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"unsavedChangesBox"_s)), kTimeoutMs);
    QCOMPARE(m_window->currentPath(), a); // held on the edited node while asking
    clickBox(box, QMessageBox::Cancel);
    QCOMPARE(m_window->currentPath(), a);
    QCOMPARE(m_window->nodePanel()->path(), a);
    QCOMPARE(view->text(), u"edited"_s);

    m_window->selectPath(b);
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"unsavedChangesBox"_s)), kTimeoutMs);
    clickBox(box, QMessageBox::Discard);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->nodePanel()->path(), b, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(view->text(), u"b"_s, kTimeoutMs);
    QByteArray now;
    serverStat(a, &now);
    QCOMPARE(now, "a"_ba);

    // Closing the window asks too; Cancel keeps it open.
    view->textPane()->editor()->setText(u"edited b"_s);
    QVERIFY(!m_window->close());
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"unsavedChangesBox"_s)), kTimeoutMs);
    clickBox(box, QMessageBox::Cancel);
    QVERIFY(m_window->isVisible());

    // Disconnecting asks too: Cancel keeps the session, Discard disconnects.
    auto *disconnectAction = m_window->findChild<QAction *>(u"disconnectAction"_s);
    QVERIFY(disconnectAction);
    disconnectAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"unsavedChangesBox"_s)), kTimeoutMs);
    clickBox(box, QMessageBox::Cancel);
    QVERIFY(m_controller->session()->isConnected());
    QCOMPARE(view->text(), u"edited b"_s);
    disconnectAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"unsavedChangesBox"_s)), kTimeoutMs);
    clickBox(box, QMessageBox::Discard);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(), SessionState::Closed, kTimeoutMs);
}

// The Save answer of the unsaved-changes question writes the edit (version-checked like the
// Save button) and then moves on to the node that was clicked.
void TestEditor::unsavedChangePromptSaves()
{
    const QString a = kRoot + u"/saveA"_s;
    const QString b = kRoot + u"/saveB"_s;
    setNode(a, "a"_ba);
    setNode(b, "b"_ba);
    QVERIFY(openNode(a));
    NodeDataView *view = m_window->nodePanel()->dataView();
    view->textPane()->editor()->setText(u"saved from the prompt"_s);
    m_window->selectPath(b);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findTopLevel<QMessageBox>(u"unsavedChangesBox"_s)), kTimeoutMs);
    clickBox(box, QMessageBox::Save);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->nodePanel()->path(), b, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(view->text(), u"b"_s, kTimeoutMs);
    QVERIFY(!m_window->nodePanel()->isDirty());
    QByteArray now;
    const ZkStat stat = serverStat(a, &now);
    QCOMPARE(now, "saved from the prompt"_ba);
    QCOMPARE(stat.version, 1);
}

// Edit > Find in Data opens the editor's find bar; Enter finds the next match (wrapping),
// Match case narrows it, a missing text says "not found" and leaves the selection alone.
void TestEditor::findInEditor()
{
    const QString path = kRoot + u"/find"_s;
    setNode(path, "alpha = 1\nBeta = 2\nbeta = 3\n"_ba);
    QVERIFY(openNode(path));
    TextEditorPane *pane = m_window->nodePanel()->dataView()->textPane();
    QsciScintilla *editor = pane->editor();
    editor->setCursorPosition(0, 0);
    auto *findAction = qobject_cast<EditMenu *>(m_window->editMenu())->findAction();
    findAction->trigger();
    auto *bar = pane->findChild<QWidget *>(u"findBar"_s);
    auto *edit = pane->findChild<QLineEdit *>(u"findEdit"_s);
    QVERIFY(bar && edit);
    QVERIFY(bar->isVisible());

    int line = -1, index = -1, endLine = -1, endIndex = -1;
    edit->setText(u"beta"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    editor->getSelection(&line, &index, &endLine, &endIndex);
    QCOMPARE(line, 1); // case-insensitive first: "Beta" on the second line
    QCOMPARE(editor->selectedText(), u"Beta"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    editor->getSelection(&line, &index, &endLine, &endIndex);
    QCOMPARE(line, 2);
    QTest::keyClick(edit, Qt::Key_Return); // wraps to the top
    editor->getSelection(&line, &index, &endLine, &endIndex);
    QCOMPARE(line, 1);

    auto *matchCase = bar->findChild<QCheckBox *>();
    QVERIFY(matchCase);
    matchCase->setChecked(true);
    QTest::keyClick(edit, Qt::Key_Return);
    editor->getSelection(&line, &index, &endLine, &endIndex);
    QCOMPARE(line, 2);
    QCOMPARE(editor->selectedText(), u"beta"_s);

    QVERIFY(!pane->find(u"gamma"_s));
    editor->getSelection(&line, &index, &endLine, &endIndex);
    QCOMPARE(line, 2); // the last match stays selected
    bool saysNotFound = false;
    for (QLabel *label : bar->findChildren<QLabel *>())
        saysNotFound = saysNotFound || label->text() == u"not found"_s;
    QVERIFY(saysNotFound);
    QVERIFY(!m_window->nodePanel()->isDirty()); // finding never edits
}

void TestEditor::readOnlyConnection()
{
    const QString path = kRoot + u"/readonly"_s;
    setNode(path, "data"_ba);
    m_window->connectTo(m_connectString, true);
    // "/" is selected already from the read-write connection: wait for the read-only one.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() && m_controller->session()->isConnected()
                                 && m_controller->session()->options().readOnly,
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPath(), u"/"_s, kTimeoutMs);
    QVERIFY(openNode(path));
    NodeDataView *view = m_window->nodePanel()->dataView();
    QVERIFY(view->isReadOnly());
    QVERIFY(view->textPane()->isReadOnly());
    QVERIFY(!view->setNullAction()->isEnabled());
    QVERIFY(!m_window->nodePanel()->saveAction()->isEnabled());
}

QTEST_MAIN(TestEditor)
#include "tst_ui_editor.moc"
