// Create and the write-action states from the tree, against a real sandbox server, driven
// through the actions and dialogs a person uses. Dialogs never block (they are opened with
// open()), so the test fills them and clicks their buttons directly.

#include "treeactionsfixture.h"

class TestTreeActions final
    : public QObject
    , private TreeActionsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(u"tst_ui_treeactions"_s); }
    void cleanupTestCase() { tearDownFixture(); }
    void createInEveryMode_data();
    void createInEveryMode();
    void createParents();
    void invalidNameDisablesCreate_data();
    void invalidNameDisablesCreate();
    void readOnlyDisablesWrites();
};

void TestTreeActions::createInEveryMode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<bool>("sequential");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("nullData");
    QTest::newRow("persistent") << u"p1"_s << int(CreateMode::Persistent) << 0LL << false
                                << u"persistent"_s << false;
    QTest::newRow("persistent null")
        << u"pnull"_s << int(CreateMode::Persistent) << 0LL << false << u"persistent"_s << true;
    QTest::newRow("ephemeral") << u"e1"_s << int(CreateMode::Ephemeral) << 0LL << false
                               << u"ephemeral"_s << false;
    QTest::newRow("persistent sequential") << u"ps-"_s << int(CreateMode::PersistentSequential)
                                           << 0LL << true << u"persistent"_s << false;
    QTest::newRow("ephemeral sequential") << u"es-"_s << int(CreateMode::EphemeralSequential) << 0LL
                                          << true << u"ephemeral"_s << false;
    QTest::newRow("container") << u"c1"_s << int(CreateMode::Container) << 0LL << false
                               << u"container"_s << false;
    QTest::newRow("ttl") << u"lease"_s << int(CreateMode::PersistentWithTtl) << 60000LL << false
                         << u"ttl"_s << false;
    QTest::newRow("ttl sequential") << u"ts-"_s << int(CreateMode::PersistentSequentialWithTtl)
                                    << 90000LL << true << u"ttl"_s << false;
}
void TestTreeActions::createInEveryMode()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QFETCH(qint64, ttl);
    QFETCH(bool, sequential);
    QFETCH(QString, kind);
    QFETCH(bool, nullData);

    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/create"_s));
    TreeActions *actions = window.treeActions();
    QVERIFY(actions->createAction()->isEnabled());
    actions->createAction()->trigger();
    QPointer<CreateNodeDialog> dialog = actions->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->parentEdit()->text(), u"/ta/create"_s);
    QVERIFY(!dialog->createButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), name);
    dialog->setMode(CreateMode(mode));
    QCOMPARE(dialog->ttlEdit()->isEnabled(), ttl > 0);
    if (ttl > 0) {
        QVERIFY(!dialog->createButton()->isEnabled()); // TTL still empty
        dialog->setTtlMs(ttl);
    }
    const QByteArray data = nullData ? QByteArray() : (u"hello ✓ "_s + name).toUtf8();
    if (nullData)
        dialog->setNullData(true);
    else
        dialog->setText(QString::fromUtf8(data));
    QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->validationMessage()));
    if (QByteArray(QTest::currentDataTag()) == "ttl") screenshot(dialog, u"create-dialog.png"_s);
    // What the dialog asks the server for: the server hides container and TTL marks from
    // clients afterwards, so the request is where those modes are told apart.
    CreateNodeRequest sent;
    connect(dialog, &CreateNodeDialog::createRequested, this,
            [&sent](const CreateNodeRequest &request) { sent = request; });
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QCOMPARE(int(sent.mode), mode);
    QCOMPARE(sent.ttlMs, ttl);
    QCOMPARE(sent.parent, u"/ta/create"_s);
    QCOMPARE(sent.name, name);
    QCOMPARE(sent.data, data);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs); // closed (and deleted) on success

    const QString prefix = u"/ta/create/"_s + name;
    if (sequential) {
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPath().startsWith(prefix), kTimeoutMs);
        const QString suffix = window.currentPath().mid(prefix.size());
        QVERIFY2(QRegularExpression(u"^\\d{10}$"_s).match(suffix).hasMatch(), qPrintable(suffix));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), prefix, kTimeoutMs);
    }
    const QString path = window.currentPath();
    ZkStat stat;
    ZkError error;
    const QByteArray stored = TestUtil::getData(*m_session, path, &stat, &error);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(stored, data);
    QCOMPARE(stored.isNull(), nullData);
    const quint64 owner = quint64(stat.ephemeralOwner);
    if (kind == u"persistent"_s)
        QCOMPARE(owner, 0ULL);
    else if (kind == u"ephemeral"_s)
        QCOMPARE(stat.ephemeralOwner, controller.session()->sessionId());
    else // The server hides container and TTL marks from clients (DataTree.copyStat sends
         // getClientEphemeralOwner, 0 for extended types): not ephemeral is all a client sees;
         // the mode was checked in the request above.
        QCOMPARE(owner, 0ULL);
    QVERIFY(window.statusMessage().contains(path));
}
void TestTreeActions::createParents()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta"_s));
    window.treeActions()->createAction()->trigger();
    QPointer<CreateNodeDialog> dialog = window.treeActions()->createDialog();
    QVERIFY(dialog);
    dialog->setParentPath(u"/ta/cp/a/b"_s);
    dialog->setName(u"leaf"_s);
    dialog->setText(u"x"_s);

    // Without the option the missing parent is the server's NoNode, shown in the open dialog.
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QVERIFY(!exists(u"/ta/cp"_s));

    dialog->setCreateParents(true);
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta/cp/a/b/leaf"_s, kTimeoutMs);
    for (const QString &p : {u"/ta/cp"_s, u"/ta/cp/a"_s, u"/ta/cp/a/b"_s}) {
        ZkStat stat;
        ZkError error;
        TestUtil::getData(*m_session, p, &stat, &error);
        QVERIFY2(error.isOk(), qPrintable(p));
        QCOMPARE(stat.ephemeralOwner, 0); // parents are plain persistent nodes
    }
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/cp/a/b/leaf"_s), QByteArray("x"));
}
void TestTreeActions::invalidNameDisablesCreate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("typed"); // typed with the keyboard, else set (control characters)
    QTest::newRow("slash") << u"a/b"_s << true;
    QTest::newRow("dot") << u"."_s << true;
    QTest::newRow("dot dot") << u".."_s << true;
    QTest::newRow("control char") << u"bad\u0001name"_s << false;
    QTest::newRow("surrogate") << u"emoji 😀"_s << false;
}
void TestTreeActions::invalidNameDisablesCreate()
{
    QFETCH(QString, name);
    QFETCH(bool, typed);
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window));
    window.treeActions()->createAction()->trigger();
    CreateNodeDialog *dialog = window.treeActions()->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    if (typed)
        QTest::keyClicks(dialog->nameEdit(), name);
    else
        dialog->nameEdit()->setText(name);
    QCOMPARE(dialog->nameEdit()->text(), name);
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->nameMessageLabel()->isVisible());
    QCOMPARE(dialog->nameMessageLabel()->text(), ZkPath::validateName(name));
    QVERIFY(!dialog->nameMessageLabel()->text().isEmpty());
    if (QByteArray(QTest::currentDataTag()) == "slash")
        screenshot(dialog, u"create-dialog-invalid-name.png"_s);
    // Return does not create either.
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());

    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), u"fine"_s);
    QVERIFY(dialog->createButton()->isEnabled());
    QVERIFY(!dialog->nameMessageLabel()->isVisible());
    dialog->reject();
}

// --- delete ------------------------------------------------------------------------------------
void TestTreeActions::readOnlyDisablesWrites()
{
    {
        // The same node on a read-write connection: the actions are there (so the check below
        // can fail).
        AppController controller;
        ConnectionView window(&controller);
        QVERIFY(openWindow(window));
        QVERIFY(select(window, u"/ta/create"_s));
        for (QAction *action : window.treeActions()->writeActions())
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    }
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window, true));
    QVERIFY(controller.session()->options().readOnly);
    QVERIFY(select(window, u"/ta/create"_s));
    TreeActions *actions = window.treeActions();
    QCOMPARE(actions->writeActions().size(), 5);
    for (QAction *action : actions->writeActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(window.refreshAction()->isEnabled());
    QVERIFY(window.copyPathAction()->isEnabled());
    // Shortcuts and a forced trigger do nothing either.
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    QTest::keyClick(window.treeView(), Qt::Key_F2);
    actions->createAction()->trigger();
    QVERIFY(!actions->createDialog());
    QVERIFY(!actions->deleteFlow()->isRunning());
    QVERIFY(!actions->transferFlow()->isRunning());
    QVERIFY(exists(u"/ta/create"_s));
    // The menus show them, disabled.
    QVERIFY(window.findChild<QMenu *>(u"nodeMenu"_s)->actions().contains(actions->deleteAction()));
}

QTEST_MAIN(TestTreeActions)
#include "tst_ui_treeactions.moc"
