#pragma once

#include "zk/zksession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// "Auth…" for one connection: the list of `addauth` entries sent after every connect (digest
/// user + password, or any scheme with raw credentials). Passwords are never shown again: the
/// list shows "digest:alice" or "custom (credentials hidden)" only. Entries live in memory for
/// this run of the program (not in QSettings), see ConnectionBar; the dialog wipes its own
/// copies when it goes, and says that the credentials travel unencrypted.
class AuthDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthDialog)

public:
    AuthDialog(const QString &connection, const QList<ZkAuthEntry> &entries,
               QWidget *parent = nullptr);
    ~AuthDialog() override;

    /// Closing (OK or Cancel) forgets what was typed in the secret field.
    void done(int result) override;

    QList<ZkAuthEntry> entries() const { return m_entries; }

    QComboBox *schemeCombo() const { return m_scheme; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }

private:
    void createInputs();
    void addEntry();
    void refresh();
    void updateInputs();

    QList<ZkAuthEntry> m_entries;
    QListWidget *m_list = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};
