// zkdesk-cli: zkdesk's zkCli-compatible console without a window (core only, no widgets).

#include "clioptions.h"
#include "clirunner.h"
#include "i18n/translations.h"
#include "util/secret.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    Secret::disableCoreDumpsInRelease(); // profile secrets may be in memory
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("zkdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("zkdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZKDESK_VERSION));
    Translations::install(QLocale::system()); // LANG/LANGUAGE, like any command-line tool
    const CliOptions options = CliOptions::parse(QCoreApplication::arguments());
    if (options.exit) return options.exitCode;
    CliRunner runner(options);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return app.exec();
}
