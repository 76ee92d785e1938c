// Delete, rename, copy and move from the tree, against a real sandbox server, driven through
// the actions, dialogs and progress a person sees (see tst_ui_treeactions for create).

#include "treeactionsfixture.h"

class TestTreeTransfers final
    : public QObject
    , private TreeActionsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(u"tst_ui_treetransfers"_s); }
    void cleanupTestCase() { tearDownFixture(); }
    void recursiveDeleteStatesCount();
    void cancelDeleteMidway();
    void multiSelectDelete();
    void singleDeleteChangedMeanwhile();
    void renameKeepsData();
    void copyToKeepsSource();
    void moveIntoDescendantRefused();
};

void TestTreeTransfers::recursiveDeleteStatesCount()
{
    // 1 + 5 + 20 persistent nodes and 3 ephemeral ones (owned by the other session).
    QList<std::pair<QString, QByteArray>> nodes{{u"/ta/del"_s, "root"}};
    for (int i = 0; i < 5; ++i) {
        nodes.append({u"/ta/del/c%1"_s.arg(i), "c"});
        for (int j = 0; j < 4; ++j) nodes.append({u"/ta/del/c%1/g%2"_s.arg(i).arg(j), "g"});
    }
    QVERIFY(TestUtil::createNodes(*m_session, nodes));
    for (int i = 0; i < 3; ++i) {
        bool done = false;
        m_session->create(u"/ta/del/c0/eph%1"_s.arg(i), "e", CreateMode::Ephemeral,
                          ZkAclPresets::open(), this, [&](const CreateReply &reply) {
                              QVERIFY(reply.error.isOk());
                              done = true;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    }

    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/del"_s));
    TreeActions *actions = window.treeActions();
    QVERIFY(actions->deleteAction()->isEnabled());
    // Del on the tree is the shortcut.
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    DeleteFlow *flow = actions->deleteFlow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(), kTimeoutMs);
    QMessageBox *confirm = flow->confirmation();
    QCOMPARE(flow->plannedNodes(), 29);
    QCOMPARE(flow->plannedEphemeral(), 3);
    QVERIFY2(confirm->text().contains(u"/ta/del"_s), qPrintable(confirm->text()));
    QVERIFY2(
        confirm->informativeText().contains(u"29 nodes will be deleted, 3 of them ephemeral"_s),
        qPrintable(confirm->informativeText()));
    // While it asks, the write actions wait.
    QVERIFY(!actions->createAction()->isEnabled());
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QPushButton *yes = buttonWithText(confirm, u"Delete 29 nodes"_s);
    QVERIFY(yes);
    screenshot(confirm, u"delete-confirm.png"_s);
    yes->click();

    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    const DeleteReport &report = flow->report();
    QVERIFY(report.isComplete());
    QCOMPARE(report.deleted, 29);
    QVERIFY2(flow->resultBox()->text().startsWith(u"Deleted 29 nodes"_s),
             qPrintable(flow->resultBox()->text()));
    QVERIFY(!exists(u"/ta/del"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta"_s, kTimeoutMs);
    // The row goes with the parent's new listing (or its child watch), a round trip later.
    QTRY_VERIFY_WITH_TIMEOUT(!viewIndex(window, u"/ta/del"_s).isValid(), kTimeoutMs);
    flow->resultBox()->accept();
    QTRY_VERIFY(actions->createAction()->isEnabled());
}
void TestTreeTransfers::cancelDeleteMidway()
{
    constexpr int kChildren = 10;
    constexpr int kGrandchildren = 60;
    constexpr qint64 kTotal = 1 + kChildren + kChildren * kGrandchildren;
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/big"_s, {}}}));
    for (int i = 0; i < kChildren; ++i)
        QVERIFY(TestUtil::createChildren(*m_session, u"/ta/big/c%1"_s.arg(i), kGrandchildren));

    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/big"_s));
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    RecursiveDeleteJob::Options options;
    options.batchOps = 10; // small batches, one at a time: there is a "midway" to cancel in
    options.maxBatchesInFlight = 1;
    flow->setJobOptions(options);
    bool cancelClicked = false;
    connect(flow, &DeleteFlow::progressed, this, [&](qint64 done, qint64 total) {
        QCOMPARE(total, kTotal);
        if (done > 0 && !cancelClicked) {
            cancelClicked = true;
            auto *cancel =
                flow->progressDialog()->findChild<QPushButton *>(u"deleteCancelButton"_s);
            QVERIFY(cancel);
            cancel->click();
        }
    });
    window.treeActions()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(), kTimeoutMs);
    QCOMPARE(flow->plannedNodes(), kTotal);
    buttonWithText(flow->confirmation(), u"Delete "_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QVERIFY(cancelClicked);
    QVERIFY(!flow->progressDialog());

    const DeleteReport report = flow->report();
    QVERIFY(report.cancelled);
    QCOMPARE(report.total, kTotal);
    QVERIFY(report.deleted > 0);
    QVERIFY(report.notAttempted > 0);
    QCOMPARE(report.deleted + report.vanished + report.failed + report.notAttempted
                 + report.unknown,
             kTotal);
    // What the report says is left is exactly what the server still has.
    bool ok = false;
    const QStringList left = TestUtil::listTree(*m_session, u"/ta/big"_s, kTimeoutMs, &ok);
    QVERIFY(ok);
    QCOMPARE(qint64(left.size()) + 1, report.remaining());
    const QString text = flow->resultBox()->text();
    QVERIFY2(text.contains(u"Deleted %1 of %2 nodes"_s.arg(QLocale().toString(report.deleted),
                                                           QLocale().toString(kTotal))),
             qPrintable(text));
    QVERIFY(flow->resultBox()->informativeText().contains(u"Cancelled"_s));
    QVERIFY(flow->resultBox()->informativeText().contains(
        u"Not attempted: %1"_s.arg(report.notAttempted)));
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta/big"_s));
}
void TestTreeTransfers::multiSelectDelete()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/ta/m"_s, {}},
                                   {u"/ta/m/a"_s, "a"},
                                   {u"/ta/m/a/x"_s, "x"},
                                   {u"/ta/m/a/y"_s, "y"},
                                   {u"/ta/m/b"_s, "b"},
                                   {u"/ta/m/c"_s, "c"}}));
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/m/a/x"_s)); // loads and expands /ta/m and /ta/m/a
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(window, u"/ta/m/b"_s).isValid(), kTimeoutMs);
    QItemSelectionModel *selection = window.treeView()->selectionModel();
    // a, a/x (inside a: not counted twice) and b.
    for (const QString &p : {u"/ta/m/a"_s, u"/ta/m/b"_s})
        selection->select(viewIndex(window, p),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selection->selectedRows().size(), 3);
    QCOMPARE(window.treeActions()->selectedRoots(), (QStringList{u"/ta/m/a"_s, u"/ta/m/b"_s}));
    QVERIFY(window.treeActions()->deleteAction()->isEnabled());
    QVERIFY(!window.treeActions()->renameAction()->isEnabled()); // two roots: no rename

    window.treeActions()->deleteAction()->trigger();
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(), kTimeoutMs);
    QVERIFY2(flow->confirmation()->text().contains(u"these 2 nodes"_s),
             qPrintable(flow->confirmation()->text()));
    QVERIFY(flow->confirmation()->informativeText().startsWith(
        u"4 nodes will be deleted, none of them ephemeral"_s));
    buttonWithText(flow->confirmation(), u"Delete 4 nodes"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QCOMPARE(flow->report().deleted, 4);
    QVERIFY(!exists(u"/ta/m/a"_s));
    QVERIFY(!exists(u"/ta/m/b"_s));
    QVERIFY(exists(u"/ta/m/c"_s));
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta/m"_s));
}
void TestTreeTransfers::singleDeleteChangedMeanwhile()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/bv"_s, "v0"}}));
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/bv"_s));
    ZNodeTreeModel *model = controller.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->statFor(model->indexForPath(u"/ta/bv"_s)).has_value(),
                             kTimeoutMs);
    window.treeActions()->deleteAction()->trigger();
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    QTRY_VERIFY(flow->confirmation() && flow->confirmation()->isVisible());
    QVERIFY(flow->confirmation()->informativeText().contains(u"version 0"_s));

    // Someone else writes while the user reads the question.
    bool done = false;
    m_session->setData(u"/ta/bv"_s, "v1", -1, this, [&](const StatReply &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    buttonWithText(flow->confirmation(), u"Delete 1 node"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QCOMPARE(flow->resultBox()->objectName(), u"deleteRefusedBox"_s);
    QVERIFY2(flow->resultBox()->text().contains(u"changed"_s),
             qPrintable(flow->resultBox()->text()));
    QVERIFY(buttonWithText(flow->resultBox(), u"Reload"_s));
    QCOMPARE(flow->report().failed, 1);
    QVERIFY(exists(u"/ta/bv"_s));
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta/bv"_s));
}

// --- rename, copy, move --------------------------------------------------------------------------
void TestTreeTransfers::renameKeepsData()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/ta/r"_s, {}},
                                   {u"/ta/r/src"_s, "top"},
                                   {u"/ta/r/src/k1"_s, "one"},
                                   {u"/ta/r/src/k1/k2"_s, QByteArray()}}));
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/r/src"_s));
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_F2);
    TransferFlow *flow = window.treeActions()->transferFlow();
    QPointer<PathInputDialog> dialog = flow->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->text(), u"src"_s);
    QVERIFY(!dialog->okButton()->isEnabled()); // the same name
    dialog->edit()->selectAll();
    QTest::keyClicks(dialog->edit(), u"dst"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kTimeoutMs); // counted
    QCOMPARE(flow->countedNodes(), 3);
    QVERIFY2(dialog->info().contains(u"copy followed by a delete: 3 nodes"_s),
             qPrintable(dialog->info()));
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QVERIFY(!dialog);
    const CopyReport report = flow->report();
    QVERIFY(report.copyComplete());
    QVERIFY(report.sourceDeleted);
    QCOMPARE(report.created, 3);
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/r/dst"_s), QByteArray("top"));
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/r/dst/k1"_s), QByteArray("one"));
    ZkError error;
    QVERIFY(TestUtil::getData(*m_session, u"/ta/r/dst/k1/k2"_s, nullptr, &error).isNull());
    QVERIFY(error.isOk());
    QVERIFY(!exists(u"/ta/r/src"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta/r/dst"_s, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!viewIndex(window, u"/ta/r/src"_s).isValid(), kTimeoutMs);
    QVERIFY(flow->resultBox()->text().startsWith(u"Moved /ta/r/src to /ta/r/dst: 3 nodes"_s));
}
void TestTreeTransfers::copyToKeepsSource()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/ta/c"_s, {}}, {u"/ta/c/s"_s, "s"}, {u"/ta/c/s/k"_s, "k"}}));
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/c/s"_s));
    window.treeActions()->copyToAction()->trigger();
    TransferFlow *flow = window.treeActions()->transferFlow();
    PathInputDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->text(), u"/ta/c/s-copy"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kTimeoutMs);
    // A path that breaks the rules is refused as it is typed.
    dialog->edit()->setText(u"/ta/c//x"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->validationMessage().isEmpty());
    dialog->edit()->setText(u"/ta/c/s-copy"_s);
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QVERIFY(flow->report().copyComplete());
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/c/s-copy/k"_s), QByteArray("k"));
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/c/s/k"_s), QByteArray("k"));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta/c/s-copy"_s, kTimeoutMs);
}
void TestTreeTransfers::moveIntoDescendantRefused()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/mv"_s, "m"}, {u"/ta/mv/child"_s, "c"}}));
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/mv"_s));
    window.treeActions()->moveToAction()->trigger();
    TransferFlow *flow = window.treeActions()->transferFlow();
    QPointer<PathInputDialog> dialog = flow->dialog();
    QVERIFY(dialog);
    dialog->edit()->setText(u"/ta/mv/child/x"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kTimeoutMs);
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeoutMs);
    QVERIFY2(dialog->errorText().contains(u"into its own descendant"_s),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible()); // the user can correct it
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!flow->resultBox());
    QVERIFY(!exists(u"/ta/mv/child/x"_s));
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/mv/child"_s), QByteArray("c"));
    dialog->reject();
    QTRY_VERIFY(!flow->isRunning());
    QVERIFY(window.treeActions()->moveToAction()->isEnabled());
}

// --- read-only ---------------------------------------------------------------------------------

QTEST_MAIN(TestTreeTransfers)
#include "tst_ui_treetransfers.moc"
