#include "clioptions.h"

#include "zk/zkclientinfo.h"

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

// The options zkdesk-cli takes, declared on `parser`.
struct OptionSet
{
    QCommandLineOption connect{{u"c"_s, u"connect"_s, u"server"_s},
                               u"Connect to host:port[,host:port...][/chroot]."_s,
                               u"hosts"_s};
    QCommandLineOption profile{
        {u"p"_s, u"profile"_s}, u"Use the saved connection NAME."_s, u"name"_s};
    QCommandLineOption file{
        {u"f"_s, u"file"_s}, u"Read commands from FILE (- for stdin)."_s, u"file"_s};
    QCommandLineOption keepGoing{{u"k"_s, u"keep-going"_s},
                                 u"Run every command even after a failure (exit code 1 "
                                 "if any failed)."_s};
    QCommandLineOption json{u"json"_s, u"Print ls, get, stat and getAcl as JSON."_s};
    QCommandLineOption readOnly{u"read-only"_s, u"Refuse every write."_s};
    QCommandLineOption timeout{u"timeout"_s, u"Give up connecting after MS (default 15000)."_s,
                               u"ms"_s, u"15000"_s};

    explicit OptionSet(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "CliOptions",
            "Runs zkCli commands against ZooKeeper without a window. Commands come "
            "from the arguments, --file or stdin, one per line; the exit code is "
            "non-zero after the first failure."));
        parser.setOptionsAfterPositionalArgumentsMode(
            QCommandLineParser::ParseAsPositionalArguments);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({connect, profile, file, keepGoing, json, readOnly, timeout});
        parser.addPositionalArgument(u"command"_s, u"One console command, e.g. ls -R /config."_s,
                                     u"[command [args...]]"_s);
    }
};

// What makes a parsed command line unusable, empty when nothing does.
QString problemWith(const CliOptions &options, bool timeoutIsNumber)
{
    if (!timeoutIsNumber || options.timeoutMs <= 0)
        return u"--timeout needs a positive number of ms"_s;
    if (options.connect.isEmpty() == options.profile.isEmpty())
        return u"give exactly one of --connect and --profile"_s;
    if (!options.command.isEmpty() && !options.file.isEmpty())
        return u"give a command or --file, not both"_s;
    return {};
}

void exitWith(CliOptions &options, const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << "\n";
    options.exit = true;
    options.exitCode = 2;
}

} // namespace

CliOptions CliOptions::parse(const QStringList &arguments)
{
    CliOptions options;
    QCommandLineParser parser;
    const OptionSet declared(parser);
    if (!parser.parse(arguments)) {
        exitWith(options, parser.errorText());
        return options;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        options.exit = true;
        if (parser.isSet(u"version"_s))
            QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                                << QCoreApplication::applicationVersion() << '\n'
                                << ZkClientInfo::versionText() << '\n';
        else
            QTextStream(stdout) << parser.helpText();
        return options;
    }
    options.connect = parser.value(declared.connect);
    options.profile = parser.value(declared.profile);
    options.file = parser.value(declared.file);
    options.keepGoing = parser.isSet(declared.keepGoing);
    options.json = parser.isSet(declared.json);
    options.readOnly = parser.isSet(declared.readOnly);
    bool timeoutIsNumber = false;
    options.timeoutMs = parser.value(declared.timeout).toInt(&timeoutIsNumber);
    QStringList words;
    for (const QString &arg : parser.positionalArguments()) words << quoted(arg);
    options.command = words.join(u' ');
    if (const QString problem = problemWith(options, timeoutIsNumber); !problem.isEmpty())
        exitWith(options, problem + u"\n(see --help)"_s);
    return options;
}
