// Hostile names: nodes another client created with markup split across path components, %1-%9,
// entities, bidi overrides, zero-width characters, 1,000-character names and a look-alike slash.
// Every dialog, label, title, tooltip and status message that names such a node must show the
// literal path (DisplayText's markers, elided in the middle when very long, in full in a
// tooltip), as plain text: checked through the widgets' text and text format.

#include "acl/acleditor.h"
#include "acl/aclview.h"
#include "acl/noauthexplainer.h"
#include "node/conflictdialog.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "node/statview.h"
#include "node/texteditorpane.h"
#include "search/searchpanel.h"
#include "search/searchquery.h"
#include "search/searchresultsmodel.h"
#include "treeactionsfixture.h"
#include "util/displaytext.h"
#include "watchlog/watchlogdock.h"
#include "watchlog/watchlogmodel.h"

#include <QComboBox>
#include <QTableView>
#include <QTextDocumentFragment>
#include <Qsci/qsciscintilla.h>

namespace {
const QString kRoot = u"/hostile"_s;
const QString kBold = u"/hostile/<b>BOLD<"_s; // its child "b>" reads /hostile/<b>BOLD</b>
const QString kLink = u"/hostile/<a href=x>link<"_s;

/// The leaves: each is deleted, renamed and shown in the tree, search and ACL views.
QStringList hostileLeaves()
{
    return {kBold + u"/b>"_s,
            kLink + u"/a>"_s,
            u"/hostile/%1%2 swallow %9"_s,
            u"/hostile/&lt;not-a-tag&gt;"_s,
            u"/hostile/evil\u202Etxt.exe"_s,
            u"/hostile/zero\u200Bwidth\u200D"_s,
            u"/hostile/config\u2215prod"_s,
            u"/hostile/L"_s + QString(999, u'n')};
}

/// What a tooltip (rich text around escaped text) reads as.
QString tipText(const QString &tip) { return QTextDocumentFragment::fromHtml(tip).toPlainText(); }

QLabel *messageLabel(QMessageBox *box) { return box->findChild<QLabel *>(u"qt_msgbox_label"_s); }

/// Every label of the box is plain text (text, informative text).
bool allPlain(QMessageBox *box)
{
    if (box->textFormat() != Qt::PlainText) return false;
    for (QLabel *label : box->findChildren<QLabel *>())
        if (label->pixmap().isNull() && label->textFormat() != Qt::PlainText) return false;
    return true;
}
} // namespace

class TestHostileNames final
    : public QObject
    , private TreeActionsFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void deleteConfirmationShowsTheLiteralPath();
    void recursiveDeleteAndStatusBar();
    void renamePromptShowsTheLiteralPath();
    void treeShowsMarkersAndEscapedTooltips();
    void aclViewAndLockOutGuard();
    void noAuthExplanationKeepsEveryArgument();
    void searchResultsShowTheLiteralPath();
    void watchLogShowsTheLiteralPath();
    void conflictDialogAndStatViewShowTheLiteralPath();

private:
    QLabel *statusLabel(ConnectionView &window);
};

void TestHostileNames::initTestCase()
{
    setUpFixture(u"tst_ui_hostilenames"_s);
    QVERIFY(TestUtil::deleteTree(*m_session, kRoot));
    QList<std::pair<QString, QByteArray>> nodes{{kRoot, {}}, {kBold, {}}, {kLink, {}}};
    for (const QString &leaf : hostileLeaves()) nodes.append({leaf, "data"});
    QVERIFY(TestUtil::createNodes(*m_session, nodes));
}

void TestHostileNames::cleanupTestCase()
{
    if (m_session) TestUtil::deleteTree(*m_session, kRoot);
    tearDownFixture();
}

QLabel *TestHostileNames::statusLabel(ConnectionView &window)
{
    return window.findChild<QLabel *>(u"statusMessage"_s);
}

void TestHostileNames::deleteConfirmationShowsTheLiteralPath()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    for (const QString &leaf : hostileLeaves()) {
        QVERIFY2(select(window, leaf), qPrintable(leaf));
        window.treeActions()->deleteAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(),
                                 kTimeoutMs);
        QMessageBox *box = flow->confirmation();
        // A leaf whose stat is not in yet is counted first, then asked about like a leaf.
        const QString expected = u"Delete "_s + DisplayText::shown(leaf) + u'?';
        QCOMPARE(box->text(), expected);
        QVERIFY(allPlain(box));
        QCOMPARE(messageLabel(box)->text(), expected);
        if (DisplayText::isElided(leaf)) {
            QVERIFY(expected.size() < 200);
            QCOMPARE(tipText(messageLabel(box)->toolTip()), DisplayText::visible(leaf));
        }
        box->reject();
        QTRY_VERIFY(!flow->isRunning());
        QVERIFY(exists(leaf));
    }
}

void TestHostileNames::recursiveDeleteAndStatusBar()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    DeleteFlow *flow = window.treeActions()->deleteFlow();

    // A subtree: counted, then "Delete <path> and everything below it?".
    QVERIFY(select(window, kLink));
    window.treeActions()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(), kTimeoutMs);
    QMessageBox *box = flow->confirmation();
    QCOMPARE(box->text(), u"Delete /hostile/<a href=x>link< and everything below it?"_s);
    QVERIFY(allPlain(box));
    box->reject();
    QTRY_VERIFY(!flow->isRunning());

    // A delete that happens: the status bar names the node literally, as plain text, and a
    // "%2" in the name does not swallow anything.
    const QString leaf = u"/hostile/%1%2 swallow %9"_s;
    QVERIFY(select(window, leaf));
    window.treeActions()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(), kTimeoutMs);
    QPushButton *yes = buttonWithText(flow->confirmation(), u"Delete 1 node"_s);
    QVERIFY(yes);
    yes->click();
    QTRY_VERIFY_WITH_TIMEOUT(!exists(leaf), kTimeoutMs);
    QLabel *status = statusLabel(window);
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Deleted /hostile/%1%2 swallow %9"_s, kTimeoutMs);
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QCOMPARE(tipText(status->toolTip()), status->text());
    QVERIFY(TestUtil::createNodes(*m_session, {{leaf, "data"}}));
}

void TestHostileNames::renamePromptShowsTheLiteralPath()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    TransferFlow *flow = window.treeActions()->transferFlow();
    for (const QString &leaf : hostileLeaves()) {
        QVERIFY(select(window, leaf));
        window.treeActions()->renameAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(flow->dialog() && flow->dialog()->isVisible(), kTimeoutMs);
        QLabel *prompt = flow->dialog()->promptLabel();
        QCOMPARE(prompt->textFormat(), Qt::PlainText);
        QCOMPARE(prompt->text(),
                 u"New name for %1 (it stays in %2):"_s.arg(
                     DisplayText::shown(leaf), DisplayText::shown(ZkPath::parent(leaf))));
        if (DisplayText::isElided(leaf))
            QCOMPARE(tipText(prompt->toolTip()), DisplayText::visible(leaf));
        // The name to edit is the real one, byte for byte.
        QCOMPARE(flow->dialog()->text(), ZkPath::name(leaf));
        flow->dialog()->reject();
        QTRY_VERIFY(!flow->isRunning());
    }
}

void TestHostileNames::treeShowsMarkersAndEscapedTooltips()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    for (const QString &leaf : hostileLeaves()) {
        QVERIFY(select(window, leaf));
        const QModelIndex index = viewIndex(window, leaf);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), DisplayText::visible(ZkPath::name(leaf)));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tipText(tip).startsWith(DisplayText::visible(leaf)), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>BOLD"_s) && !tip.contains(u"<a href"_s));
    }
}

void TestHostileNames::aclViewAndLockOutGuard()
{
    for (const QString &leaf : hostileLeaves()) {
        AclView view(m_session.get());
        view.show();
        view.showNode(leaf);
        QTRY_VERIFY_WITH_TIMEOUT(view.versionLabel()->text().startsWith(u"ACL of"_s), kTimeoutMs);
        QCOMPARE(view.versionLabel()->textFormat(), Qt::PlainText);
        QVERIFY2(view.versionLabel()->text().startsWith(
                     u"ACL of %1 — ACL version (aversion) 0"_s.arg(DisplayText::shown(leaf))),
                 qPrintable(view.versionLabel()->text()));

        // Dropping ADMIN for everyone: the guard names the node literally.
        view.editor()->setAcl({{u"world"_s, u"anyone"_s, ZkPerm::Read}});
        view.save();
        QTRY_VERIFY_WITH_TIMEOUT(view.lockOutPrompt() && view.lockOutPrompt()->isVisible(),
                                 kTimeoutMs);
        QMessageBox *prompt = view.lockOutPrompt();
        QVERIFY(allPlain(prompt));
        QVERIFY2(prompt->text().contains(u"change the ACL of %1."_s.arg(DisplayText::shown(leaf))),
                 qPrintable(prompt->text()));
        prompt->reject();
    }
}

void TestHostileNames::noAuthExplanationKeepsEveryArgument()
{
    const QString path = u"/hostile/%1%2 swallow %9"_s;
    const QString text = NoAuthExplainer::explain(ZkOperation::Delete, path + u"/child\u202E"_s,
                                                  ZkAcl{{u"digest"_s, u"%2<b>:x"_s, ZkPerm::Read}},
                                                  3, {}, SessionIdentities{});
    QVERIFY2(text.contains(u"refused to delete /hostile/%1%2 swallow %9/child⟨U+202E⟩ (ZNOAUTH)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"its parent /hostile/%1%2 swallow %9."_s), qPrintable(text));
    QVERIFY2(
        text.contains(u"ACL of /hostile/%1%2 swallow %9 (ACL version 3): digest:%2<b>:x r----"_s),
        qPrintable(text));
}

void TestHostileNames::searchResultsShowTheLiteralPath()
{
    SearchPanel panel(m_session.get());
    panel.rootEdit()->setText(kRoot);
    panel.nameModeCombo()->setCurrentIndex(
        panel.nameModeCombo()->findData(int(SearchQuery::TextMode::Glob)));
    panel.nameEdit()->setText(u"*"_s);
    QVERIFY(panel.startSearch());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), kTimeoutMs);
    const QAbstractItemModel *model = panel.resultsView()->model();
    QStringList shownPaths;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex path = model->index(row, SearchResultsModel::PathColumn);
        shownPaths << path.data().toString();
        QCOMPARE(tipText(path.data(Qt::ToolTipRole).toString()), path.data().toString());
    }
    for (const QString &leaf : hostileLeaves())
        QVERIFY2(shownPaths.contains(DisplayText::visible(leaf)), qPrintable(leaf));
    QCOMPARE(panel.findChild<QLabel *>(u"searchStatus"_s)->textFormat(), Qt::PlainText);
}

void TestHostileNames::watchLogShowsTheLiteralPath()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, kRoot));
    window.treeView()->expand(viewIndex(window, kRoot)); // watched from now on
    QTRY_VERIFY_WITH_TIMEOUT(window.treeView()->model()->rowCount(viewIndex(window, kRoot)) > 0,
                             kTimeoutMs);
    const QString fresh = u"/hostile/new\u202E<i>%1&lt;"_s;
    QVERIFY(TestUtil::createNodes(*m_session, {{fresh, "x"}}));
    WatchLogDock *dock = window.watchLogDock();
    QAbstractItemModel *table = dock->table()->model();
    const auto findRow = [&] {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->index(row, WatchLogModel::DetailColumn).data().toString().contains(u"new"_s))
                return row;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findRow() >= 0, kTimeoutMs);
    const QModelIndex detail = table->index(findRow(), WatchLogModel::DetailColumn);
    QVERIFY2(detail.data().toString().contains(u"new⟨U+202E⟩<i>%1&lt;"_s),
             qPrintable(detail.data().toString()));
    const QString tip = detail.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(u"<i>"_s));
    QVERIFY2(tipText(tip).contains(u"new⟨U+202E⟩<i>%1&lt;"_s), qPrintable(tipText(tip)));
    QCOMPARE(table->index(findRow(), WatchLogModel::PathColumn).data().toString(), kRoot);
}

// A save conflict on a hostile node: the dialog's title and header name the literal path (the
// header is rich text around the escaped path), and the Stat view's message line is plain text.
void TestHostileNames::conflictDialogAndStatViewShowTheLiteralPath()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    const QStringList leaves = hostileLeaves();
    for (const QString &leaf : {leaves.at(0), leaves.at(2), leaves.at(4), leaves.last()}) {
        QVERIFY2(select(window, leaf), qPrintable(leaf));
        NodePanel *panel = window.nodePanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->dataView()->text(), u"data"_s, kTimeoutMs);
        StatView *stat = panel->statView();
        QTRY_VERIFY_WITH_TIMEOUT(!stat->value(u"dataVersion"_s).isEmpty(), kTimeoutMs);
        const QString loadedVersion = stat->value(u"dataVersion"_s);
        for (QLabel *label : stat->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);

        panel->dataView()->textPane()->editor()->setText(u"mine"_s);
        ZkStat changed;
        QVERIFY(TestUtil::setData(*m_session, leaf, "theirs", &changed));
        panel->saveAction()->trigger();
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<ConflictDialog *>()) && dialog->isVisible(), kTimeoutMs);
        QCOMPARE(dialog->windowTitle(), u"Save conflict — "_s + DisplayText::shown(leaf));
        auto *header = dialog->findChild<QLabel *>(u"conflictHeader"_s);
        QVERIFY(header);
        const QString seen = tipText(header->text());
        QVERIFY2(seen.startsWith(DisplayText::shown(leaf) + u" was changed by someone else"_s),
                 qPrintable(seen));
        QVERIFY2(seen.contains(u"you edited version %1; the server now has version %2"_s.arg(
                     loadedVersion, QString::number(changed.version))),
                 qPrintable(seen)); // a %1 in the name swallowed no argument
        // The dialog deletes itself on close: a wait that runs the event loop may delete it first.
        const QPointer<ConflictDialog> alive(dialog);
        dialog->choose(ConflictDialog::Choice::Reload);
        QTRY_COMPARE_WITH_TIMEOUT(panel->dataView()->text(), u"theirs"_s, kTimeoutMs);
        delete alive.data();
        QVERIFY(TestUtil::setData(*m_session, leaf, "data"));
    }
}

QTEST_MAIN(TestHostileNames)
#include "tst_ui_hostilenames.moc"
