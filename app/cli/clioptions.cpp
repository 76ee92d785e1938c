#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Re-quotes an argument the shell split, so that `set /a "two words"` reaches the console
// grammar as one token.
QString quoted(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(u' ') && !arg.contains(u'\t')) return arg;
    return arg.contains(u'"') ? u'\'' + arg + u'\'' : u'"' + arg + u'"';
}

} // namespace

CliOptions CliOptions::parse(const QStringList &arguments)
{
    CliOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CliOptions",
                                    "Runs zkCli commands against ZooKeeper without a window. "
                                    "Commands come from the arguments, --file or stdin, one per "
                                    "line; the exit code is non-zero after the first failure."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect({u"c"_s, u"connect"_s, u"server"_s},
                                     u"Connect to host:port[,host:port...][/chroot]."_s,
                                     u"hosts"_s);
    const QCommandLineOption profile({u"p"_s, u"profile"_s}, u"Use the saved connection NAME."_s,
                                     u"name"_s);
    const QCommandLineOption file({u"f"_s, u"file"_s}, u"Read commands from FILE (- for stdin)."_s,
                                  u"file"_s);
    const QCommandLineOption keepGoing({u"k"_s, u"keep-going"_s},
                                       u"Run every command even after a failure (exit code 1 "
                                       "if any failed)."_s);
    const QCommandLineOption json(u"json"_s, u"Print ls, get, stat and getAcl as JSON."_s);
    const QCommandLineOption readOnly(u"read-only"_s, u"Refuse every write."_s);
    const QCommandLineOption timeout(
        u"timeout"_s, u"Give up connecting after MS (default 15000)."_s, u"ms"_s, u"15000"_s);
    parser.addOptions({connect, profile, file, keepGoing, json, readOnly, timeout});
    parser.addPositionalArgument(u"command"_s, u"One console command, e.g. ls -R /config."_s,
                                 u"[command [args...]]"_s);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << parser.errorText()
                            << "\n";
        options.exit = true;
        options.exitCode = 2;
        return options;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        options.exit = true;
        if (parser.isSet(u"version"_s)) parser.showVersion(); // exits
        QTextStream(stdout) << parser.helpText();
        return options;
    }
    options.connect = parser.value(connect);
    options.profile = parser.value(profile);
    options.file = parser.value(file);
    options.keepGoing = parser.isSet(keepGoing);
    options.json = parser.isSet(json);
    options.readOnly = parser.isSet(readOnly);
    bool ok = false;
    options.timeoutMs = parser.value(timeout).toInt(&ok);
    QString problem;
    if (!ok || options.timeoutMs <= 0)
        problem = u"--timeout needs a positive number of ms"_s;
    else if (options.connect.isEmpty() == options.profile.isEmpty())
        problem = u"give exactly one of --connect and --profile"_s;
    QStringList words;
    for (const QString &arg : parser.positionalArguments()) words << quoted(arg);
    options.command = words.join(u' ');
    if (problem.isEmpty() && !options.command.isEmpty() && !options.file.isEmpty())
        problem = u"give a command or --file, not both"_s;
    if (!problem.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << problem
                            << "\n(see --help)\n";
        options.exit = true;
        options.exitCode = 2;
    }
    return options;
}
