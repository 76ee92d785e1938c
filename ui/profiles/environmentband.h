#pragma once

#include "profiles/connectionprofile.h"

#include <QFrame>

class QLabel;
class QPushButton;

/// The coloured band over the tree of a window connected through a profile with an environment
/// (production red, staging amber, ...): the environment, the profile's name and whether writes
/// are allowed, so nobody edits production believing it is staging. A production profile opens
/// read-only; "Unlock writes…" asks, then emits writesUnlockRequested() for this session only.
class EnvironmentBand final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBand)

public:
    explicit EnvironmentBand(QWidget *parent = nullptr);

    /// Shows the band for `profile` (hidden when it has neither environment nor colour).
    void showProfile(const ConnectionProfile &profile, bool readOnly);
    /// No profile (an ad-hoc connection): hidden.
    void clear();
    /// Writes were unlocked for the session: the band says so and the button goes.
    void setWritesUnlocked();

    QLabel *label() const { return m_label; }
    QPushButton *unlockButton() const { return m_unlock; }

    /// Asks the user whether to allow writes on `profileName` for this session.
    static bool confirmUnlock(QWidget *parent, const QString &profileName);

signals:
    /// The user confirmed unlocking writes for this session.
    void writesUnlockRequested();

private:
    void updateText();

    QLabel *m_label = nullptr;
    QPushButton *m_unlock = nullptr;
    ConnectionProfile m_profile;
    bool m_readOnly = false;
};
