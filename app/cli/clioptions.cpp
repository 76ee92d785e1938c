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
    QCommandLineOption connect{
        {u"c"_s, u"connect"_s, u"server"_s},
        QCoreApplication::translate("CliOptions", "Connect to host:port[,host:port...][/chroot]."),
        u"hosts"_s};
    QCommandLineOption profile{
        {u"p"_s, u"profile"_s},
        QCoreApplication::translate("CliOptions", "Use the saved connection NAME."),
        u"name"_s};
    QCommandLineOption file{
        {u"f"_s, u"file"_s},
        QCoreApplication::translate("CliOptions", "Read commands from FILE (- for stdin)."),
        u"file"_s};
    QCommandLineOption keepGoing{
        {u"k"_s, u"keep-going"_s},
        QCoreApplication::translate("CliOptions",
                                    "Run every command even after a failure (exit code 1 "
                                    "if any failed).")};
    QCommandLineOption json{
        u"json"_s,
        QCoreApplication::translate("CliOptions", "Print ls, get, stat and getAcl as JSON.")};
    QCommandLineOption readOnly{u"read-only"_s,
                                QCoreApplication::translate("CliOptions", "Refuse every write.")};
    QCommandLineOption timeout{
        u"timeout"_s,
        QCoreApplication::translate("CliOptions", "Give up connecting after MS (default 15000)."),
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
        parser.addPositionalArgument(
            u"command"_s,
            QCoreApplication::translate("CliOptions", "One console command, e.g. ls -R /config."),
            u"[command [args...]]"_s);
    }
};

// What makes a parsed command line unusable, empty when nothing does.
QString problemWith(const CliOptions &options, bool timeoutIsNumber)
{
    if (!timeoutIsNumber || options.timeoutMs <= 0)
        return QCoreApplication::translate("CliOptions", "--timeout needs a positive number of ms");
    if (options.connect.isEmpty() == options.profile.isEmpty())
        return QCoreApplication::translate("CliOptions",
                                           "give exactly one of --connect and --profile");
    if (!options.command.isEmpty() && !options.file.isEmpty())
        return QCoreApplication::translate("CliOptions", "give a command or --file, not both");
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
        exitWith(options,
                 problem + u'\n' + QCoreApplication::translate("CliOptions", "(see --help)"));
    return options;
}
