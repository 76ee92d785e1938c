#pragma once

#include "acl/aclevaluator.h"
#include "zk/zkacl.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// Edits an ACL as a table: scheme (editable combo: world, auth, digest, ip, x509, sasl or any
/// name), id, and the five permissions as checkboxes. Every row is validated as it changes
/// (AclValidation) and the first problem is shown under the table; acl() is only meant to be
/// sent while validationError() is empty.
///
/// Helpers: quick presets, a digest helper (user + password -> the digest id, inserted in one
/// click; the password is not kept), and "Me", which adds this session's identities (digest ids
/// computed from the connection's credentials, or an `auth` entry).
class AclEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AclEditor)

public:
    enum Column {
        SchemeColumn,
        IdColumn,
        ReadColumn,
        WriteColumn,
        CreateColumn,
        DeleteColumn,
        AdminColumn,
        ColumnCount
    };

    explicit AclEditor(QWidget *parent = nullptr);

    void setAcl(const ZkAcl &acl);
    ZkAcl acl() const;
    /// Who the session is: for "Me" and for refusing `auth` without an authenticated identity.
    void setIdentities(const SessionIdentities &who);
    void setReadOnly(bool readOnly);

    /// Empty when acl() may be sent.
    QString validationError() const { return m_error; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // Tests and callers drive the parts directly.
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *presetCombo() const { return m_presets; }
    QLineEdit *digestUserEdit() const { return m_digestUser; }
    QLineEdit *digestPasswordEdit() const { return m_digestPassword; }
    QLabel *digestResultLabel() const { return m_digestResult; }
    QPushButton *digestInsertButton() const { return m_digestInsert; }
    QPushButton *meButton() const { return m_me; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// Sets row `row`'s scheme text (as typing it into the combo would).
    void setScheme(int row, const QString &scheme);
    void addEntry(const ZkAclEntry &entry);

signals:
    void changed();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QTableWidget *buildTable();
    QHBoxLayout *buildButtonRow();
    QGroupBox *buildDigestHelper();
    void connectEditing();
    void insertRow(const ZkAclEntry &entry);
    ZkAclEntry entryAt(int row) const;
    QComboBox *schemeCombo(int row) const;
    void revalidate();
    void updateDigest();
    void addMe();
    void applyPreset(int index);

    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_presets = nullptr;
    QLineEdit *m_digestUser = nullptr;
    QLineEdit *m_digestPassword = nullptr;
    QLabel *m_digestResult = nullptr;
    QPushButton *m_digestInsert = nullptr;
    QPushButton *m_me = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    SessionIdentities m_who;
    QString m_error;
    bool m_modified = false;
    bool m_filling = false; // setAcl() is filling the table: no changed() per cell
    bool m_readOnly = false;
};
