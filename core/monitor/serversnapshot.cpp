#include "monitor/serversnapshot.h"

#include <QCoreApplication>

#include <iterator>

QString ServerEndpoint::label() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("%1:%2").arg(shownHost).arg(clientPort);
}

namespace {
// Indexed by ServerMode: the server's own spelling, which is also the CSV key.
const char *const modeKeys[] = {
    QT_TRANSLATE_NOOP("ServerSnapshot", "unknown"),
    QT_TRANSLATE_NOOP("ServerSnapshot", "leader"),
    QT_TRANSLATE_NOOP("ServerSnapshot", "follower"),
    QT_TRANSLATE_NOOP("ServerSnapshot", "observer"),
    QT_TRANSLATE_NOOP("ServerSnapshot", "standalone"),
    QT_TRANSLATE_NOOP("ServerSnapshot", "read-only"),
    QT_TRANSLATE_NOOP("ServerSnapshot", "not serving"),
};
static_assert(std::size(modeKeys) == size_t(ServerMode::NotServing) + 1);
} // namespace

ServerMode serverModeFromText(const QString &text)
{
    const QString mode = text.trimmed().toLower();
    for (size_t i = 1; i < std::size(modeKeys); ++i)
        if (mode == QLatin1StringView(modeKeys[i])) return ServerMode(i);
    return mode == u"readonly" ? ServerMode::ReadOnly : ServerMode::Unknown;
}

QString serverModeKey(ServerMode mode) { return QLatin1StringView(modeKeys[size_t(mode)]); }

QString serverModeLabel(ServerMode mode)
{
    return QCoreApplication::translate("ServerSnapshot", modeKeys[size_t(mode)]);
}

QString ServerSnapshot::zxidHex() const
{
    return zxid < 0 ? QString() : QStringLiteral("0x") + QString::number(zxid, 16);
}
