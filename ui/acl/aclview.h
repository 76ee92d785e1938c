#pragma once

#include "util/statusmessage.h"

#include "zk/zkacl.h"

#include <QPointer>
#include <QWidget>

class AclEditor;
class QLabel;
class QMessageBox;
class QPushButton;
class ZkSession;

/// The node panel's ACL tab: the selected node's ACL in an AclEditor with its ACL version,
/// Save (setAcl checked against that version; a conflict offers a reload), Reload, and
/// "Apply to subtree…" (AclApplyDialog). Saving an ACL under which this session would lose READ
/// or ADMIN asks first, saying so plainly. A refusal (ZNOAUTH) is explained by NoAuthExplainer
/// in the tab itself, never in a popup.
class AclView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AclView)

public:
    explicit AclView(ZkSession *session, QWidget *parent = nullptr);

    void showNode(const QString &path);
    void reload();
    void clear();
    void setReadOnly(bool readOnly);
    /// Validates, runs the lock-out guard (may ask), then sends setAcl.
    void save();

    QString path() const { return m_path; }
    int aclVersion() const { return m_version; }
    AclEditor *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *versionLabel() const { return m_versionLabel; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *applySubtreeButton() const { return m_applySubtree; }
    /// The lock-out question while it is open (tests answer it).
    QMessageBox *lockOutPrompt() const { return m_prompt; }

signals:
    void statusMessage(const StatusMessage &message);
    /// Saved: the node's ACL version is now `aclVersion`.
    void saved(const QString &path);

private:
    void updateButtons();
    void send(const ZkAcl &acl);
    void showStatus(const QString &text, bool error);

    ZkSession *m_session = nullptr; // Not owned.
    AclEditor *m_editor = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_applySubtree = nullptr;
    QPointer<QMessageBox> m_prompt;
    QString m_path;
    int m_version = -1;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_readOnly = false;
    quint64 m_generation = 0; // replies for a node no longer shown are dropped
};
