#include "profiles/recentconnections.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kProfilesKey = u"recent/profileIds"_s;
const QString kAdHocKey = u"connection/recent"_s; // ConnectionBar's list of typed strings
} // namespace

QStringList RecentConnections::profileIds()
{
    return QSettings().value(kProfilesKey).toStringList();
}

void RecentConnections::touch(const QString &profileId)
{
    if (profileId.isEmpty()) return;
    QStringList ids = profileIds();
    ids.removeAll(profileId);
    ids.prepend(profileId);
    while (ids.size() > kMaxRecent) ids.removeLast();
    QSettings().setValue(kProfilesKey, ids);
}

void RecentConnections::forget(const QString &profileId)
{
    QStringList ids = profileIds();
    if (ids.removeAll(profileId) > 0) QSettings().setValue(kProfilesKey, ids);
}

QStringList RecentConnections::adHocStrings()
{
    return QSettings().value(kAdHocKey).toStringList();
}
