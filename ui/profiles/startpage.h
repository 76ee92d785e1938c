#pragma once

#include <QWidget>

class ProfileStore;
class QLabel;
class QListWidget;
class QPushButton;

/// What the window shows when no connection is open: the saved connections (most recently
/// used first), "New connection", "Connections…" and "Try the sandbox".
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Lists the profiles of `store` again (after an edit, an import, a connection).
    void showProfiles(const ProfileStore &store);

    QListWidget *profileList() const { return m_list; }
    QPushButton *newConnectionButton() const { return m_new; }
    QPushButton *sandboxButton() const { return m_sandbox; }

signals:
    void profileActivated(const QString &profileId);
    void newConnectionRequested();
    void managerRequested();
    void sandboxRequested();

private:
    QWidget *buildButtons();

    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_manager = nullptr;
    QPushButton *m_sandbox = nullptr;
};
