// zkdesk: a native desktop browser and editor for Apache ZooKeeper.

#include "commandline.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "theme/themeswitcher.h"
#include "util/secret.h"

#include <QApplication>
#include <QIcon>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

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
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) return;
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

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"zkdesk"_s);
    QCoreApplication::setApplicationName(u"zkdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZKDESK_VERSION));
}

// Parsed under a plain QCoreApplication first: QApplication needs a display and would abort
// before --help or --version could answer. Qt's own GUI options (-platform, -style) are unknown
// there; such a command line is parsed again once QApplication has taken them out.
CommandLine parseHeadless(int argc, char *argv[])
{
    int headlessArgc = argc;
    QCoreApplication headless(headlessArgc, argv);
    setApplicationIdentity();
    Translations::install(Translations::localeFor(AppSettings::instance().language())); // --help
    return CommandLine::parse(QCoreApplication::arguments(), false);
}

} // namespace

int main(int argc, char *argv[])
{
    Secret::disableCoreDumpsInRelease(); // memory holds passwords: no core files in releases
    CommandLine options = parseHeadless(argc, argv);
    if (options.outcome == CommandLine::Outcome::Exit) return options.exitCode;

    QApplication app(argc, argv);
    setApplicationIdentity();
    // Preferences > Language (empty: the system's), then the look before any window exists.
    Translations::install(Translations::localeFor(AppSettings::instance().language()));
    ThemeSwitcher::followSettings();
    QApplication::setApplicationDisplayName(u"zkdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/zkdesk.svg"_s));
    // Wayland and the desktop find the entry (and its icon) under this id.
    QGuiApplication::setDesktopFileName(u"io.github.zkdesk.zkdesk"_s);
    if (options.outcome == CommandLine::Outcome::NeedsGuiParsing) {
        options = CommandLine::parse(QApplication::arguments(), true);
        if (options.outcome == CommandLine::Outcome::Exit) return options.exitCode;
    }

#ifdef Q_OS_UNIX
    quitOnTerminationSignals(app);
#endif
    MainWindow window;
    if (!options.path.isEmpty()) window.setPendingPath(options.path);
    window.show();
    QObject::connect(&window, &MainWindow::sandboxFailed, &app, [](const QString &reason) {
        QTextStream(stderr) << "zkdesk: sandbox failed: " << reason << '\n';
    });

    if (options.sandbox) {
        window.startSandbox(options.sandboxTls        ? SandboxFlavour::Kind::Tls
                                : options.sandboxSasl ? SandboxFlavour::Kind::Sasl
                                                      : SandboxFlavour::Kind::Plain);
    } else if (options.connect) {
        window.connectTo(options.connectText, options.readOnly);
    } else if (!options.profile.isEmpty() && !window.launchProfile(options.profile)) {
        QTextStream(stderr) << "zkdesk: no saved connection is called \"" << options.profile
                            << "\"\n";
    }
    return app.exec();
}
