// zkdesk: a native desktop browser and editor for Apache ZooKeeper.

#include "appcontroller.h"
#include "session/connectionbar.h"
#include "zk/connectionstring.h"
#include "mainwindow.h"
#include "zk/zkpath.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Exit code for bad command-line input (like BSD's EX_USAGE family, but the conventional 2).
constexpr int kUsageError = 2;

int usageError(const QString &message)
{
    QTextStream(stderr) << "zkdesk: " << message << '\n';
    return kUsageError;
}

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

// Ctrl+C or a kill must still run the destructors: with --sandbox they stop the java server and
// remove its directory. A signal handler may only write(); the event loop does the quitting.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnTerminationSignals(QApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalFds[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"zkdesk"_s);
    QApplication::setApplicationName(u"zkdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(ZKDESK_VERSION));
    QApplication::setApplicationDisplayName(u"zkdesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Browse and edit Apache ZooKeeper."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(
            u"connect"_s,
            QApplication::translate("main", "Connect at start to <connection string>."),
            u"HOST:PORT[,..][/chroot]"_s);
    const QCommandLineOption sandboxOption(
            u"sandbox"_s,
            QApplication::translate("main", "Start a local throwaway ZooKeeper server with demo "
                                            "data and connect to it; it is removed at exit."));
    const QCommandLineOption readOnlyOption(
            u"read-only"_s, QApplication::translate("main", "Refuse every write on the connection."));
    parser.addOption(connectOption);
    parser.addOption(sandboxOption);
    parser.addOption(readOnlyOption);
    parser.addPositionalArgument(
            u"PATH"_s, QApplication::translate("main", "Znode to select after connecting."),
            u"[PATH]"_s);
    parser.process(app);

    const bool sandbox = parser.isSet(sandboxOption);
    const bool readOnly = parser.isSet(readOnlyOption);
    const QString connectText = parser.value(connectOption).trimmed();
    if (sandbox && parser.isSet(connectOption))
        return usageError(u"--sandbox and --connect cannot be used together"_s);
    if (parser.isSet(connectOption)) {
        // Validate before anything is created, so a typo sends nothing anywhere.
        QString error;
        if (!ConnectionString::parse(connectText, &error).isValid())
            return usageError(u"invalid --connect string \"%1\": %2"_s.arg(connectText, error));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(u"at most one PATH may be given"_s);
    const QString path = positional.value(0);
    if (!path.isEmpty()) {
        const QString error = ZkPath::validate(path);
        if (!error.isEmpty())
            return usageError(u"invalid PATH \"%1\": %2"_s.arg(path, error));
        if (!sandbox && !parser.isSet(connectOption))
            return usageError(u"PATH needs --connect or --sandbox"_s);
    }

#ifdef Q_OS_UNIX
    quitOnTerminationSignals(app);
#endif
    AppController controller;
    MainWindow window(&controller);
    if (!path.isEmpty())
        window.setPendingPath(path);
    if (readOnly)
        window.connectionBar()->setReadOnly(true);
    window.show();

    if (sandbox) {
        QObject::connect(&controller, &AppController::sandboxFailed, &app,
                         [](const QString &reason) {
                             QTextStream(stderr) << "zkdesk: sandbox failed: " << reason << '\n';
                         });
        controller.startSandbox();
    } else if (parser.isSet(connectOption)) {
        window.connectTo(connectText, readOnly);
    }
    return app.exec();
}
