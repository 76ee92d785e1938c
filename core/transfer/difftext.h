#pragma once

#include "transfer/treediff.h"

#include <QStringList>

/// A TreeDiff as plain text for the console and scripts: one line per difference,
/// "<kinds> <path>", kinds from only-left, only-right, data, acl, kind (comma-separated),
/// the path relative to the compared roots ("/" for the roots themselves).
namespace DiffText {
QString kinds(quint8 flags);
QStringList lines(const TreeDiff &diff);
QString summary(const TreeDiff &diff);
} // namespace DiffText
