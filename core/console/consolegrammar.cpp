#include "console/consolegrammar.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QList<ConsoleCommandSpec> buildCommands()
{
    // Usage lines as zkCli 3.8/3.9 prints them; -b/-x of get and -b of set are 3.9's.
    // diff, export and import are zkdesk's own (no zkCli command has these names).
    return {
        {u"addWatch"_s, u"addWatch [-m mode] path"_s, u"m"_s, {}, 1, 1},
        {u"addauth"_s, u"addauth scheme auth"_s, {}, {}, 2, 2},
        {u"close"_s, u"close"_s, {}, {}, 0, 0},
        {u"config"_s, u"config [-c] [-w] [-s]"_s, {}, u"cws"_s, 0, 0},
        {u"connect"_s, u"connect host:port"_s, {}, {}, 1, 1},
        {u"create"_s, u"create [-s] [-e] [-c] [-t ttl] path [data] [acl]"_s, u"t"_s, u"sec"_s, 1,
         3},
        {u"delete"_s, u"delete [-v version] path"_s, u"v"_s, {}, 1, 1},
        {u"deleteall"_s, u"deleteall path [-b batch size]"_s, u"b"_s, {}, 1, 1},
        {u"delquota"_s, u"delquota [-n|-b|-N|-B] path"_s, {}, u"nbNB"_s, 1, 1},
        {u"diff"_s, u"diff [-f] [-c] path otherPath|exportFile"_s, {}, u"fc"_s, 2, 2},
        {u"export"_s, u"export [-s] path file"_s, {}, u"s"_s, 2, 2},
        {u"get"_s, u"get [-s] [-w] [-b] [-x] path"_s, {}, u"swbx"_s, 1, 1},
        {u"getAcl"_s, u"getAcl [-s] path"_s, {}, u"s"_s, 1, 1},
        {u"getAllChildrenNumber"_s, u"getAllChildrenNumber path"_s, {}, {}, 1, 1},
        {u"getEphemerals"_s, u"getEphemerals path"_s, {}, {}, 0, 1},
        {u"help"_s, u"help"_s, {}, {}, 0, 1},
        {u"history"_s, u"history"_s, {}, {}, 0, 0},
        {u"import"_s, u"import [-n] [-m skip|overwrite|stop] path file"_s, u"m"_s, u"n"_s, 2, 2},
        {u"listquota"_s, u"listquota path"_s, {}, {}, 1, 1},
        {u"ls"_s, u"ls [-s] [-w] [-R] path"_s, {}, u"swR"_s, 1, 1},
        {u"printwatches"_s, u"printwatches on|off"_s, {}, {}, 0, 1},
        {u"quit"_s, u"quit"_s, {}, {}, 0, 0},
        {u"redo"_s, u"redo cmdno"_s, {}, {}, 1, 1},
        {u"removewatches"_s, u"removewatches path [-c|-d|-a] [-l]"_s, {}, u"cdal"_s, 1, 1},
        {u"set"_s, u"set [-s] [-v version] [-b] path data"_s, u"v"_s, u"sb"_s, 2, 2},
        {u"setAcl"_s, u"setAcl [-s] [-v version] [-R] path acl"_s, u"v"_s, u"sR"_s, 2, 2},
        {u"setquota"_s, u"setquota -n|-b|-N|-B val path"_s, u"nbNB"_s, {}, 1, 1},
        {u"stat"_s, u"stat [-w] path"_s, {}, u"w"_s, 1, 1},
        {u"sync"_s, u"sync path"_s, {}, {}, 1, 1},
        {u"version"_s, u"version"_s, {}, {}, 0, 0},
        {u"whoami"_s, u"whoami"_s, {}, {}, 0, 0},
    };
}

// An option token: "-x" with one letter (a negative number such as "-1" is an argument).
bool isOptionToken(const QString &token)
{
    return token.size() == 2 && token[0] == u'-' && token[1].isLetter();
}

} // namespace

namespace ConsoleGrammar {

const QList<ConsoleCommandSpec> &commands()
{
    static const QList<ConsoleCommandSpec> table = buildCommands();
    return table;
}

const ConsoleCommandSpec *find(const QString &name)
{
    for (const ConsoleCommandSpec &spec : commands())
        if (spec.name == name) return &spec;
    return nullptr;
}

QStringList tokenize(const QString &line)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace()) ++i;
        if (i >= n) break;
        const QChar quote = line[i];
        if (quote == u'"' || quote == u'\'') {
            const qsizetype end = line.indexOf(quote, i + 1);
            if (end > i) {
                tokens << line.mid(i + 1, end - i - 1);
                i = end + 1;
                continue;
            }
        }
        const qsizetype start = i;
        while (i < n && !line[i].isSpace()) ++i;
        tokens << line.mid(start, i - start);
    }
    return tokens;
}

ConsoleParse parse(const QString &line)
{
    ConsoleParse result;
    const QStringList tokens = tokenize(line);
    if (tokens.isEmpty() || tokens.first().startsWith(u'#')) return result;
    result.command.text = line.trimmed();
    const ConsoleCommandSpec *spec = find(tokens.first());
    if (!spec) {
        result.errorLines << QCoreApplication::translate("ConsoleGrammar", "Command not found: %1")
                                 .arg(tokens.first())
                          << helpLines();
        return result;
    }
    ConsoleCommand &command = result.command;
    command.name = spec->name;
    for (int i = 1; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        if (!isOptionToken(token)) {
            command.args << token;
            continue;
        }
        const QChar letter = token[1];
        if (spec->flagOptions.contains(letter)) {
            command.options.insert(letter, QString());
        } else if (spec->valueOptions.contains(letter)) {
            if (i + 1 >= tokens.size()) {
                result.errorLines << QCoreApplication::translate("ConsoleGrammar",
                                                                 "Missing argument for option: %1")
                                         .arg(letter)
                                  << spec->usage;
                return result;
            }
            command.options.insert(letter, tokens[++i]);
        } else {
            result.errorLines << QCoreApplication::translate("ConsoleGrammar",
                                                             "Unrecognized option: %1")
                                     .arg(token)
                              << spec->usage;
            return result;
        }
    }
    if (command.args.size() < spec->minArgs || command.args.size() > spec->maxArgs)
        result.errorLines << spec->usage;
    return result;
}

QStringList helpLines()
{
    QStringList lines{u"ZooKeeper -server host:port cmd args"_s};
    for (const ConsoleCommandSpec &spec : commands()) lines << u"\t"_s + spec.usage;
    return lines;
}

} // namespace ConsoleGrammar
