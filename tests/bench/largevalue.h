#pragma once

#include <QString>

class ZkSession;

/// The longest event-loop stall, in ms, while the main window opens a node holding 921,600
/// bytes on one line (created with `admin` under /bench-large, removed afterwards); -1 when it
/// could not be measured. Needs a QApplication.
double largeValueMaxStallMs(ZkSession &admin, const QString &hosts);
