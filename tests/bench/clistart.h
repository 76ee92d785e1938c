#pragma once

#include <QString>

/// Wall time of one short command-line run (`ls /`) from process start to exit, median of
/// `runs`: zkdesk-cli, and zkCli.sh (the JVM) when it is installed (-1 when it is not).
double cliStartMs(const QString &hosts, int runs);
double zkCliStartMs(const QString &hosts, int runs);
