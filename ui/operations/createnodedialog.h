#pragma once

#include "jobs/createnodetask.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// "Create node": parent, name (checked live with the path rules, the reason under the field,
/// Create disabled while anything is invalid), data as UTF-8 text or null, mode, TTL, ACL
/// preset and "create parents".
///
/// The dialog does not close on Create: it emits createRequested() and the caller runs the
/// create, then calls accept() on success or showError() with the server's answer, so a name
/// that exists already or a TTL the server refuses can be fixed without typing it all again.
class CreateNodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateNodeDialog)

public:
    enum class AclPreset { Open, CreatorAll, ReadOnlyWorld, Custom };

    explicit CreateNodeDialog(QWidget *parent = nullptr);

    void setParentPath(const QString &path);
    void setName(const QString &name);
    void setMode(CreateMode mode);
    void setTtlMs(qint64 ttlMs);
    void setText(const QString &text);
    void setNullData(bool null);
    void setCreateParents(bool on);
    void setAclPreset(AclPreset preset);
    /// Hook for the ACL editor (a later issue): enables the "Custom" preset with `acl`, selects
    /// it and shows `summary` next to it. Until then "Custom" stays disabled.
    void setCustomAcl(const ZkAcl &acl, const QString &summary);

    /// What Create would send. Only meaningful while validationMessage() is empty.
    CreateNodeRequest request() const;
    /// Empty when the form can be sent, else the first problem (also shown in the dialog).
    QString validationMessage() const { return m_problem; }
    /// While the create runs: inputs and Create disabled.
    void setBusy(bool busy);
    /// The server's (or the core's) answer to the last create, shown at the bottom.
    void showError(const QString &message);
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *parentEdit() const { return m_parent; }
    QLineEdit *ttlEdit() const { return m_ttl; }
    QLabel *nameMessageLabel() const { return m_nameMessage; }
    QPushButton *createButton() const { return m_createButton; }

signals:
    void createRequested(const CreateNodeRequest &request);

private:
    void createPathFields();
    void createModeFields();
    void createDataFields();
    QFormLayout *buildForm();
    QDialogButtonBox *buildButtons();
    void validate();
    void updateModeWidgets();
    QString updateDataInfo(); ///< returns the data problem, if any
    CreateMode mode() const;

    QLineEdit *m_parent = nullptr;
    QLabel *m_parentMessage = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeHint = nullptr;
    QLineEdit *m_ttl = nullptr;
    QLabel *m_ttlMessage = nullptr;
    QComboBox *m_acl = nullptr;
    QLabel *m_aclHint = nullptr;
    QCheckBox *m_null = nullptr;
    QPlainTextEdit *m_data = nullptr;
    QLabel *m_dataInfo = nullptr;
    QCheckBox *m_createParents = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_createButton = nullptr;
    ZkAcl m_customAcl;
    QString m_problem;
    bool m_busy = false;
};
