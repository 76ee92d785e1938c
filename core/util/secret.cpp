#include "util/secret.h"

#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace Secret {

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        explicit_bzero(bytes.data(), size_t(bytes.size())); // not optimised away
    bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached() && !text.isEmpty())
        explicit_bzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void disableCoreDumpsInRelease()
{
#ifdef NDEBUG
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace Secret
