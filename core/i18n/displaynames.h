#pragma once

#include "watchlog/watchlogentry.h"
#include "zk/zksession.h"

#include <QString>

/// Translated names of states and event kinds, for what a person reads (status bar, tab tooltip,
/// watch log). The English machine names stay where a format or a zkCli-compatible output needs
/// them to be stable (sessionStateName() in the console prompt, watchLogTypeName() in exports).
namespace DisplayNames {

QString sessionState(SessionState state);
QString watchLogType(WatchLogType type);

} // namespace DisplayNames
