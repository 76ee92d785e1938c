// The zkdesk executable's command line without a display: --help, --version and usage errors
// must answer from a terminal with no X server, Wayland or offscreen platform (ssh, package
// builds).

#include "localeenv.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run runHeadless(const QStringList &arguments,
                           QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
    {
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ZKDESK_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.status = process.exitStatus();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void version()
    {
        const Run run = runHeadless({u"--version"_s});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.value(0), u"zkdesk "_s + QStringLiteral(ZKDESK_VERSION));
        // The second and third lines name the C client and whether TLS and SASL are in.
        QVERIFY2(lines.value(1).startsWith(u"ZooKeeper C client 3."_s), qPrintable(run.out));
        QVERIFY2(lines.value(2).contains(u"TLS: "_s) && lines.value(2).contains(u"SASL: "_s),
                 qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void help_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << u"--help"_s;
        QTest::newRow("-h") << u"-h"_s;
    }

    void help()
    {
        QFETCH(QString, option);
        const Run run = runHeadless({option});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage: "_s), qPrintable(run.out));
        for (const QString &expected :
             {u"--connect <HOST:PORT[,..][/chroot]>"_s, u"--sandbox"_s, u"--read-only"_s,
              u"--version"_s, u"PATH"_s, u"--profile <NAME>"_s, u"--tls"_s, u"--sasl"_s})
            QVERIFY2(run.out.contains(expected), qPrintable(expected));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad connect")
            << QStringList{u"--connect"_s, u"host:notaport"_s} << u"invalid --connect string"_s;
        QTest::newRow("both") << QStringList{u"--sandbox"_s, u"--connect"_s, u"h:2181"_s}
                              << u"cannot be used together"_s;
        QTest::newRow("bad path") << QStringList{u"--connect"_s, u"h:2181"_s, u"no-slash"_s}
                                  << u"invalid PATH"_s;
        QTest::newRow("path alone") << QStringList{u"/a"_s} << u"PATH needs --connect"_s;
        QTest::newRow("profile and connect")
            << QStringList{u"--profile"_s, u"prod"_s, u"--connect"_s, u"h:2181"_s}
            << u"cannot be used together"_s;
        QTest::newRow("empty profile") << QStringList{u"--profile="_s} << u"needs the name"_s;
        QTest::newRow("tls without sandbox")
            << QStringList{u"--connect"_s, u"h:2181"_s, u"--tls"_s} << u"go with --sandbox"_s;
        QTest::newRow("tls and sasl")
            << QStringList{u"--sandbox"_s, u"--tls"_s, u"--sasl"_s} << u"ZOOKEEPER-3482"_s;
    }

    // Refused before any window or connection exists, so also without a display.
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runHeadless(arguments);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"zkdesk: "_s) && run.err.contains(message),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // In a Chinese locale (and no language chosen in Preferences) the help and the usage
    // errors are Chinese: zkdesk's catalogue for its own lines, Qt's for "Usage:".
    void chinese()
    {
        QTemporaryDir config; // no Preferences language from the machine's own settings
        QVERIFY(config.isValid());
        const QProcessEnvironment env = localeEnvironment(u"zh_CN"_s, config.path());
        Run run = runHeadless({u"--help"_s}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"用法："_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"连接"_s) && run.out.contains(u"--sandbox"_s),
                 qPrintable(run.out));
        run = runHeadless({u"--sandbox"_s, u"--connect"_s, u"h:2181"_s}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"zkdesk: "_s) && run.err.contains(u"不能同时使用"_s),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_unit_commandline.moc"
