#include "benchsupport.h"

#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"

#include <QEventLoop>
#include <QFile>
#include <QList>

#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace BenchSupport {

namespace {
QList<std::pair<QString, QString>> g_machine; // the machine-readable lines, printed at the end
}

bool startServer(SandboxServer &server)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(&server, &SandboxServer::started, &loop, &QEventLoop::quit);
    QObject::connect(&server, &SandboxServer::failed, &loop, [&](const QString &why) {
        failure = why;
        loop.quit();
    });
    server.setStartTimeoutMs(120000);
    server.start();
    loop.exec();
    if (!server.isRunning())
        std::fprintf(stderr, "the sandbox server did not start: %s\n", qPrintable(failure));
    return server.isRunning();
}

std::unique_ptr<ZkSession> connectSession(const QString &hosts)
{
    auto session = std::make_unique<ZkSession>();
    SessionOptions options;
    options.connectString = hosts;
    if (session->open(options)) return nullptr;
    QEventLoop loop;
    QObject::connect(session.get(), &ZkSession::stateChanged, &loop, [&](SessionState s) {
        if (s != SessionState::Connecting) loop.quit();
    });
    QObject::connect(session.get(), &ZkSession::connectFailed, &loop, &QEventLoop::quit);
    loop.exec();
    return session->isConnected() ? std::move(session) : nullptr;
}

qint64 rssBytes()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

bool resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s); // "5" resets VmHWM (Linux >= 4.0)
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

qint64 peakRssBytes()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ')[0].toLongLong() * 1024;
    return -1;
}

void figure(const QString &human, const QString &name, double value, int decimals)
{
    const QString v = QString::number(value, 'f', decimals);
    std::printf("%s\n", qPrintable(human.arg(v)));
    std::fflush(stdout);
    g_machine.append({name, v});
}

void note(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void printMachineLines()
{
    std::printf("\n");
    for (const auto &[name, value] : std::as_const(g_machine))
        std::printf("%s: %s\n", qPrintable(name), qPrintable(value));
    std::fflush(stdout);
}

} // namespace BenchSupport
