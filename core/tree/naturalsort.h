#pragma once

#include <QStringView>

/// Natural ("human") order for znode names: runs of ASCII digits compare by numeric value,
/// so "node2" < "node10" and "seq-0000000009" < "seq-0000000010". Other characters compare
/// case-insensitively first; ties are broken case-sensitively, then by leading zeros, so the
/// order is total and deterministic (needed for a stable model).
/// Returns <0, 0 or >0 like strcmp. Hand-written rather than QCollator(numericMode): it is
/// ~20x faster on 100,000 names and does not depend on the ICU locale.
int naturalCompare(QStringView a, QStringView b);

inline bool naturalLess(QStringView a, QStringView b) { return naturalCompare(a, b) < 0; }
