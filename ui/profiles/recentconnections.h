#pragma once

#include <QStringList>

/// The saved connections most recently opened, newest first, kept in the app's QSettings by
/// profile id: the start page and File > Open Recent list them in that order.
class RecentConnections final
{
public:
    static constexpr int kMaxRecent = 10;

    static QStringList profileIds();
    /// `profileId` was just opened: it moves to the front.
    static void touch(const QString &profileId);
    static void forget(const QString &profileId);
    /// The ad-hoc connection strings typed into the connection bar, newest first.
    static QStringList adHocStrings();
};
