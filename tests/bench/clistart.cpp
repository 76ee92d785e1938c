#include "clistart.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <vector>

namespace {

const char *const kZkCli = "/usr/share/zookeeper/bin/zkCli.sh";

double medianRunMs(const QString &program, const QStringList &args, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        process.start(program, args);
        // The benchmark measures a child process: blocking here blocks nothing that is measured.
        if (!process.waitForFinished(120000) || process.exitCode() != 0) return -1;
        times.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

double cliStartMs(const QString &hosts, int runs)
{
    return medianRunMs(
        QStringLiteral(ZKDESK_CLI_EXECUTABLE),
        {QStringLiteral("--connect"), hosts, QStringLiteral("ls"), QStringLiteral("/")}, runs);
}

double zkCliStartMs(const QString &hosts, int runs)
{
    if (!QFileInfo::exists(QString::fromLatin1(kZkCli))) return -1;
    return medianRunMs(
        QString::fromLatin1(kZkCli),
        {QStringLiteral("-server"), hosts, QStringLiteral("ls"), QStringLiteral("/")}, runs);
}
