#pragma once

#include "profiles/connectionprofile.h"
#include "profiles/connectiontester.h" // ConnectionTestResult: complete for the signal's metatype

#include <QDialog>

class ConnectionTester;
class ProfileStore;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class SecretStore;
struct ProfileImport;

/// File > Connections…: the saved connection profiles. Add, edit, duplicate, delete (asks
/// first), test (connect, report the server and the round-trip time, disconnect), import
/// (PrettyZoo, ZooInspector, a zkdesk export) and export, filter by name; Connect hands the chosen
/// profile to the caller. Every change is saved at once; secrets go to the keychain.
class ConnectionManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManagerDialog)

public:
    ConnectionManagerDialog(ProfileStore &profiles, SecretStore &secrets,
                            QWidget *parent = nullptr);
    ~ConnectionManagerDialog() override;

    /// The profile the user chose to connect to (valid after accept()).
    QString chosenProfileId() const { return m_chosen; }

    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailsLabel() const { return m_details; }
    QPushButton *testButton() const { return m_test; }

    /// Actions, public so the menu and tests reach them without clicking.
    void addProfile();
    void editProfile(const QString &id);
    void duplicateProfile(const QString &id);
    /// Asks first; `confirm` false skips the question (tests, scripted use).
    void deleteProfile(const QString &id, bool confirm = true);
    void testProfile(const QString &id);
    /// Merges an import (names made unique, secrets to the keychain) and reports what happened.
    void mergeImport(const ProfileImport &imported);
    void importFile(const QString &path);
    bool exportFile(const QString &path);
    /// Saves a profile edited elsewhere (the editor dialog), with its typed secrets.
    void saveProfile(const ConnectionProfile &profile, const QHash<QString, QByteArray> &secrets);

signals:
    /// Emitted when a test finished (the status label says the same in words).
    void testFinished(const ConnectionTestResult &result);

private:
    QWidget *buildButtons();
    void refresh(const QString &select = {});
    void showDetails();
    QString currentId() const;
    void setStatus(const QString &text, bool error = false);
    void persist();
    void showTestResult(const ConnectionTestResult &result);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    ConnectionTester *m_tester = nullptr;
    QString m_chosen;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
};
