#pragma once

#include <QString>

/// The dashboard's poll of one server, process-local: the median time of `runs` complete
/// ServerPoller cycles (srvr + mntr with adminPort 0, AdminServer monitor + stats otherwise).
/// -1 when a cycle did not finish or the server was unreachable.
double dashboardPollMs(quint16 clientPort, quint16 adminPort, int runs);
