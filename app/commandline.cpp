#include "commandline.h"

#include "zk/connectionstring.h"
#include "zk/zkclientinfo.h"
#include "zk/zkpath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Exit code for bad command-line input (like BSD's EX_USAGE family, but the conventional 2).
constexpr int kUsageError = 2;

CommandLine exitWith(int code, const QString &text)
{
    if (!text.isEmpty()) {
        QTextStream out(code == 0 ? stdout : stderr);
        out << text;
        if (!text.endsWith(u'\n')) out << '\n';
    }
    CommandLine result;
    result.outcome = CommandLine::Outcome::Exit;
    result.exitCode = code;
    return result;
}

CommandLine usageError(const QString &message)
{
    return exitWith(kUsageError, u"zkdesk: "_s + message);
}

struct Options
{
    QCommandLineOption connect{
        u"connect"_s,
        QCoreApplication::translate("main", "Connect at start to <connection string>."),
        u"HOST:PORT[,..][/chroot]"_s};
    QCommandLineOption sandbox{
        u"sandbox"_s,
        QCoreApplication::translate("main",
                                    "Start a local throwaway ZooKeeper server with demo "
                                    "data and connect to it; it is removed at exit.")};
    QCommandLineOption tls{
        u"tls"_s,
        QCoreApplication::translate("main",
                                    "With --sandbox: the server takes TLS only, with a "
                                    "throwaway CA and a client certificate.")};
    QCommandLineOption sasl{
        u"sasl"_s,
        QCoreApplication::translate("main",
                                    "With --sandbox: the server asks for SASL DIGEST-MD5 "
                                    "(user zkdesk, a random password).")};
    QCommandLineOption profile{
        u"profile"_s,
        QCoreApplication::translate("main",
                                    "Connect at start through the saved connection <name> "
                                    "(File > Connections…)."),
        u"NAME"_s};
    QCommandLineOption readOnly{
        u"read-only"_s,
        QCoreApplication::translate("main", "Refuse every write on the connection.")};
};

// Validates before anything is created, so a typo sends nothing anywhere.
CommandLine validated(const QCommandLineParser &parser, const Options &options)
{
    CommandLine result;
    result.sandbox = parser.isSet(options.sandbox);
    result.readOnly = parser.isSet(options.readOnly);
    result.connect = parser.isSet(options.connect);
    result.connectText = parser.value(options.connect).trimmed();
    result.profile = parser.value(options.profile).trimmed();
    if (int(result.sandbox) + int(result.connect) + int(parser.isSet(options.profile)) > 1)
        return usageError(QCoreApplication::translate(
            "main", "--sandbox, --connect and --profile cannot be used together"));
    result.sandboxTls = parser.isSet(options.tls);
    result.sandboxSasl = parser.isSet(options.sasl);
    if ((result.sandboxTls || result.sandboxSasl) && !result.sandbox)
        return usageError(
            QCoreApplication::translate("main", "--tls and --sasl go with --sandbox"));
    if (result.sandboxTls && result.sandboxSasl)
        return usageError(QCoreApplication::translate(
            "main",
            "--tls and --sasl cannot be used together: the ZooKeeper 3.8 C client does "
            "not support both on one connection (ZOOKEEPER-3482)"));
    if ((result.sandboxTls && !ZkClientInfo::hasTls())
        || (result.sandboxSasl && !ZkClientInfo::hasSasl()))
        return usageError(ZkClientInfo::unavailableReason());
    if (parser.isSet(options.profile) && result.profile.isEmpty())
        return usageError(
            QCoreApplication::translate("main", "--profile needs the name of a saved connection"));
    if (result.connect) {
        QString error;
        if (!ConnectionString::parse(result.connectText, &error).isValid())
            return usageError(
                QCoreApplication::translate("main", "invalid --connect string \"%1\": %2")
                    .arg(result.connectText, error));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(QCoreApplication::translate("main", "at most one PATH may be given"));
    result.path = positional.value(0);
    if (!result.path.isEmpty()) {
        const QString error = ZkPath::validate(result.path);
        if (!error.isEmpty())
            return usageError(QCoreApplication::translate("main", "invalid PATH \"%1\": %2")
                                  .arg(result.path, error));
        if (!result.sandbox && !result.connect && result.profile.isEmpty())
            return usageError(QCoreApplication::translate(
                "main", "PATH needs --connect, --profile or --sandbox"));
    }
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, bool lastChance)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse and edit Apache ZooKeeper."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    parser.addOption(options.connect);
    parser.addOption(options.sandbox);
    parser.addOption(options.tls);
    parser.addOption(options.sasl);
    parser.addOption(options.profile);
    parser.addOption(options.readOnly);
    parser.addPositionalArgument(
        u"PATH"_s, QCoreApplication::translate("main", "Znode to select after connecting."),
        u"[PATH]"_s);
    if (!parser.parse(arguments)) {
        if (!lastChance) {
            CommandLine deferred;
            deferred.outcome = Outcome::NeedsGuiParsing;
            return deferred;
        }
        return usageError(parser.errorText());
    }
    // Qt's showHelp()/showVersion() would call exit() from inside the parser; returning keeps
    // the one exit path through main().
    if (parser.isSet(help) || parser.optionNames().contains(u"help-all"_s))
        return exitWith(0, parser.helpText());
    if (parser.isSet(version))
        return exitWith(0,
                        u"%1 %2\n%3"_s.arg(QCoreApplication::applicationName(),
                                           QCoreApplication::applicationVersion(),
                                           ZkClientInfo::versionText()));
    return validated(parser, options);
}
