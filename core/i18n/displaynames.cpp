#include "i18n/displaynames.h"

#include <QCoreApplication>

namespace DisplayNames {

QString sessionState(SessionState state)
{
    switch (state) {
    case SessionState::Closed:
        return QCoreApplication::translate("SessionState", "closed");
    case SessionState::Connecting:
        return QCoreApplication::translate("SessionState", "connecting");
    case SessionState::Connected:
        return QCoreApplication::translate("SessionState", "connected");
    case SessionState::ConnectedReadOnly:
        return QCoreApplication::translate("SessionState", "connected (read-only server)");
    case SessionState::Reconnecting:
        return QCoreApplication::translate("SessionState", "reconnecting");
    case SessionState::Expired:
        return QCoreApplication::translate("SessionState", "session expired");
    case SessionState::AuthFailed:
        return QCoreApplication::translate("SessionState", "authentication failed");
    }
    return QCoreApplication::translate("SessionState", "unknown");
}

QString watchLogType(WatchLogType type)
{
    switch (type) {
    case WatchLogType::Created:
        return QCoreApplication::translate("WatchLogType", "created");
    case WatchLogType::Deleted:
        return QCoreApplication::translate("WatchLogType", "deleted");
    case WatchLogType::DataChanged:
        return QCoreApplication::translate("WatchLogType", "data changed");
    case WatchLogType::ChildrenChanged:
        return QCoreApplication::translate("WatchLogType", "children changed");
    case WatchLogType::SessionState:
        return QCoreApplication::translate("WatchLogType", "session state");
    case WatchLogType::Note:
        return QCoreApplication::translate("WatchLogType", "note");
    }
    return {};
}

} // namespace DisplayNames
