#pragma once

#include <QByteArray>
#include <QString>

/// Keeping credentials short-lived: overwrite a buffer before letting it go, and keep the
/// process from writing its memory (passwords included) into a core file.
namespace Secret {

/// Overwrites the bytes, then empties `bytes`. A buffer still shared with another holder (Qt's
/// implicit sharing) is only released: that holder still needs it and wipes its own copy.
void wipe(QByteArray &bytes);
void wipe(QString &text);

/// Release builds: no core dumps (RLIMIT_CORE 0, not dumpable). Debug builds keep them.
void disableCoreDumpsInRelease();

} // namespace Secret
