#include "zk/zkclientlog.h"

#include <QCoreApplication>

#include <atomic>

Q_LOGGING_CATEGORY(lcZkClient, "zkdesk.zkclient", QtWarningMsg)

namespace {
std::atomic<ZkClientLog *> g_instance{nullptr};

QtMsgType levelOf(const QByteArray &line)
{
    if (line.contains("ZOO_ERROR@")) return QtCriticalMsg;
    if (line.contains("ZOO_WARN@")) return QtWarningMsg;
    if (line.contains("ZOO_INFO@")) return QtInfoMsg;
    return QtDebugMsg;
}
} // namespace

ZkClientLog *ZkClientLog::instance()
{
    ZkClientLog *log = g_instance.load();
    if (!log) {
        // Parented to the application (when there is one) so it dies with it; the C client
        // threads are joined before that by the worker pool's post routine.
        log = new ZkClientLog;
        if (QCoreApplication::instance()) log->setParent(QCoreApplication::instance());
        g_instance.store(log);
    }
    return log;
}

ZkClientLog::~ZkClientLog()
{
    ZkClientLog *self = this;
    g_instance.compare_exchange_strong(self, nullptr);
}

void ZkClientLog::log(const char *line)
{
    const QByteArray copy(line);
    const QtMsgType level = levelOf(copy);
    const QString text = QString::fromUtf8(copy).trimmed();
    switch (level) {
    case QtCriticalMsg: qCCritical(lcZkClient).noquote() << text; break;
    case QtWarningMsg: qCWarning(lcZkClient).noquote() << text; break;
    case QtInfoMsg: qCInfo(lcZkClient).noquote() << text; break;
    default: qCDebug(lcZkClient).noquote() << text; break;
    }
    if (ZkClientLog *log = g_instance.load()) emit log->lineLogged(level, text);
}
