#pragma once

#include "acl/aclevaluator.h"
#include "zk/zkacl.h"

#include <QDialog>

class AclEditor;
class CreateNodeDialog;
class QDialogButtonBox;
class ZkSession;

/// The ACL editor as a dialog, for the create dialog's "Custom…" choice: OK is enabled only
/// while the ACL is valid; a new node whose ACL would shut this session out is said so.
class AclPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AclPickerDialog)

public:
    AclPickerDialog(const ZkAcl &initial, const SessionIdentities &who, QWidget *parent = nullptr);

    ZkAcl acl() const;
    AclEditor *editor() const { return m_editor; }

    /// The hook into CreateNodeDialog (its setCustomAcl()): enables its "Custom…" ACL item and
    /// opens this editor when it is chosen, seeded with the preset that was selected; the
    /// presets stay as quick choices.
    static void attach(CreateNodeDialog *dialog, ZkSession *session);
    /// "world:anyone r, digest:alice rwcda": an ACL in one line.
    static QString summary(const ZkAcl &acl);

private:
    void revalidate();

    AclEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SessionIdentities m_who;
};
