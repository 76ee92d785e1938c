#pragma once

#include <QString>
#include <QStringList>

/// zkdesk-cli's command line: where to connect and where the commands come from.
struct CliOptions
{
    bool exit = false; ///< --help/--version/usage error printed: return exitCode
    int exitCode = 0;
    QString connect; ///< --connect host:port[,...][/chroot]
    QString profile; ///< --profile NAME
    QString file;    ///< --file script.zk ("-" is stdin)
    bool keepGoing = false;
    bool json = false;
    bool readOnly = false;
    int timeoutMs = 15000;
    /// The command given as arguments (`zkdesk-cli --connect h ls -R /`), one line; empty when
    /// the commands come from the file or stdin.
    QString command;

    static CliOptions parse(const QStringList &arguments);
};
