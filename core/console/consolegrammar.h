#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// One zkCli command's syntax: its name, the usage line zkCli prints, its options and how many
/// plain arguments it takes.
struct ConsoleCommandSpec
{
    QString name;
    QString usage;        ///< "ls [-s] [-w] [-R] path"
    QString valueOptions; ///< option letters that take a value ("v" for "-v version")
    QString flagOptions;  ///< option letters without a value
    int minArgs = 0;
    int maxArgs = 0;
};

/// A command line split and checked against its spec; nothing has been sent yet.
struct ConsoleCommand
{
    QString name;
    QHash<QChar, QString> options; ///< flags map to an empty string
    QStringList args;
    QString text; ///< the line as typed (for history)

    bool has(char option) const { return options.contains(QLatin1Char(option)); }
    QString value(char option) const { return options.value(QLatin1Char(option)); }
    QString arg(int i, const QString &fallback = {}) const { return args.value(i, fallback); }
};

/// The result of parsing a line: a command, or the lines to print instead (usage lines, "Command
/// not found"); an empty line or a comment gives neither.
struct ConsoleParse
{
    ConsoleCommand command;
    QStringList errorLines;
    bool isEmpty() const { return command.name.isEmpty() && errorLines.isEmpty(); }
    bool ok() const { return !command.name.isEmpty() && errorLines.isEmpty(); }
};

/// The zkCli grammar: tokenising (whitespace, "double" and 'single' quotes), options anywhere on
/// the line like commons-cli, and the usage lines zkCli prints on bad input.
namespace ConsoleGrammar {

const QList<ConsoleCommandSpec> &commands();
const ConsoleCommandSpec *find(const QString &name);

/// Splits like zkCli: runs of non-space characters, or quoted strings (quotes removed).
QStringList tokenize(const QString &line);
ConsoleParse parse(const QString &line);

/// "ZooKeeper -server host:port cmd args" then one indented usage line per command.
QStringList helpLines();

} // namespace ConsoleGrammar
