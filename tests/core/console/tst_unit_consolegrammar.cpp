// The console's pure parts: zkCli's tokenising and option rules, ACL text, path completion.

#include "acl/acltext.h"
#include "console/consolegrammar.h"
#include "console/pathcompletion.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleGrammar final : public QObject
{
    Q_OBJECT

private slots:
    void tokenize_data();
    void tokenize();
    void optionsAnywhere();
    void errors_data();
    void errors();
    void aclText_data();
    void aclText();
    void completion_data();
    void completion();
};

void TestConsoleGrammar::tokenize_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("plain") << u"ls  -R /a"_s << QStringList{u"ls"_s, u"-R"_s, u"/a"_s};
    QTest::newRow("double") << u"set /a \"two words\""_s
                            << QStringList{u"set"_s, u"/a"_s, u"two words"_s};
    QTest::newRow("single") << u"set /a '{\"k\": 1}'"_s
                            << QStringList{u"set"_s, u"/a"_s, u"{\"k\": 1}"_s};
    QTest::newRow("unclosed") << u"set /a \"x"_s << QStringList{u"set"_s, u"/a"_s, u"\"x"_s};
    QTest::newRow("empty") << u"   "_s << QStringList{};
}

void TestConsoleGrammar::tokenize()
{
    QFETCH(QString, line);
    QFETCH(QStringList, tokens);
    QCOMPARE(ConsoleGrammar::tokenize(line), tokens);
}

void TestConsoleGrammar::optionsAnywhere()
{
    const ConsoleParse p = ConsoleGrammar::parse(u"deleteall /a -b 10"_s);
    QVERIFY(p.ok());
    QCOMPARE(p.command.args, QStringList{u"/a"_s});
    QCOMPARE(p.command.value('b'), u"10"_s);
    const ConsoleParse q = ConsoleGrammar::parse(u"set /a -1"_s); // a number, not an option
    QVERIFY(q.ok());
    QCOMPARE(q.command.arg(1), u"-1"_s);
    QVERIFY(ConsoleGrammar::parse(u"# comment"_s).isEmpty());
}

void TestConsoleGrammar::errors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("first");
    QTest::newRow("unknown") << u"lss /"_s << u"Command not found: lss"_s;
    QTest::newRow("unknown option") << u"ls -q /"_s << u"Unrecognized option: -q"_s;
    QTest::newRow("no value") << u"delete /a -v"_s << u"Missing argument for option: v"_s;
    QTest::newRow("too few") << u"set /a"_s << u"set [-s] [-v version] [-b] path data"_s;
    QTest::newRow("too many") << u"sync /a /b"_s << u"sync path"_s;
}

void TestConsoleGrammar::errors()
{
    QFETCH(QString, line);
    QFETCH(QString, first);
    const ConsoleParse p = ConsoleGrammar::parse(line);
    QVERIFY(!p.ok());
    QCOMPARE(p.errorLines.value(0), first);
}

void TestConsoleGrammar::aclText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("entries");
    QTest::newRow("world") << u"world:anyone:cdrwa"_s << true << 1;
    QTest::newRow("two") << u"ip:10.0.0.0/8:r,world:anyone:r"_s << true << 2;
    QTest::newRow("digest") << u"digest:bob:aYXmLqyfQzMFbTmD/2Ow8SUojdg=:ra"_s << true << 1;
    QTest::newRow("auth") << u"auth::cdrwa"_s << true << 1;
    QTest::newRow("no perms") << u"world:anyone:"_s << false << 0;
    QTest::newRow("bad perm") << u"world:anyone:rx"_s << false << 0;
    QTest::newRow("no id") << u"world"_s << false << 0;
    QTest::newRow("bad ip") << u"ip:10.0.0.0/40:r"_s << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestConsoleGrammar::aclText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, entries);
    const AclText::Parsed parsed = AclText::parse(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok) QCOMPARE(parsed.acl.size(), entries);
    if (text == u"digest:bob:aYXmLqyfQzMFbTmD/2Ow8SUojdg=:ra") {
        QCOMPARE(parsed.acl[0].id, u"bob:aYXmLqyfQzMFbTmD/2Ow8SUojdg="_s);
        QCOMPARE(parsed.acl[0].perms, quint32(ZkPerm::Read | ZkPerm::Admin));
    }
}

void TestConsoleGrammar::completion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("children");
    QTest::addColumn<QString>("completed");
    QTest::addColumn<int>("candidates");
    QTest::newRow("unique") << u"get /a/be"_s << QStringList{u"beta"_s, u"alpha"_s}
                            << u"get /a/beta"_s << 0;
    QTest::newRow("common") << u"ls /al"_s << QStringList{u"alps"_s, u"alpha"_s} << u"ls /alp"_s
                            << 2;
    QTest::newRow("none") << u"ls /zz"_s << QStringList{u"a"_s} << u"ls /zz"_s << 0;
    QTest::newRow("root") << u"ls /"_s << QStringList{u"only"_s} << u"ls /only"_s << 0;
}

void TestConsoleGrammar::completion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, children);
    QFETCH(QString, completed);
    QFETCH(int, candidates);
    const PathCompletion::Query q = PathCompletion::query(line, line.size());
    QVERIFY(q.isValid());
    const PathCompletion::Result r = PathCompletion::complete(line, q, children);
    QCOMPARE(r.line, completed);
    QCOMPARE(r.candidates.size(), candidates);
    QVERIFY(!PathCompletion::query(u"ls rel"_s, 6).isValid());
}

QTEST_GUILESS_MAIN(TestConsoleGrammar)
#include "tst_unit_consolegrammar.moc"
