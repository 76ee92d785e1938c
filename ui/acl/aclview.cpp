#include "acl/aclview.h"

#include "theme/themecolors.h"

#include "acl/aclapplydialog.h"
#include "acl/acleditor.h"
#include "acl/aclevaluator.h"
#include "acl/noauthexplainer.h"
#include "acl/zkdigest.h"
#include "util/servertext.h"
#include "zk/zksession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AclView::AclView(ZkSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(u"aclVersionLabel"_s);
    m_versionLabel->setWordWrap(true);
    ServerText::makePlain(m_versionLabel);
    m_editor = new AclEditor(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"aclStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ServerText::makePlain(m_status);
    m_status->hide();
    m_save = new QPushButton(tr("Save ACL"), this);
    m_save->setObjectName(u"aclSave"_s);
    m_save->setToolTip(tr("Set this ACL, if nobody changed the node's ACL since it was loaded"));
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(u"aclReload"_s);
    m_applySubtree = new QPushButton(tr("Apply to subtree…"), this);
    m_applySubtree->setObjectName(u"aclApplySubtree"_s);
    m_applySubtree->setToolTip(tr("Set this ACL on the node and every node below it"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_applySubtree);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_editor, &AclEditor::changed, this, &AclView::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &AclView::save);
    connect(m_reload, &QPushButton::clicked, this, &AclView::reload);
    connect(m_applySubtree, &QPushButton::clicked, this, [this] {
        if (!m_editor->validationError().isEmpty()) return;
        auto *dialog = new AclApplyDialog(m_session, m_path, m_editor->acl(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] { reload(); });
        dialog->open();
    });
    clear();
}

void AclView::clear()
{
    ++m_generation;
    m_path.clear();
    m_loaded = false;
    m_version = -1;
    m_editor->setAcl({});
    m_versionLabel->setText(tr("No node selected."));
    m_status->hide();
    updateButtons();
}

void AclView::showNode(const QString &path)
{
    m_path = path;
    reload();
}

void AclView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    updateButtons();
}

void AclView::reload()
{
    if (m_path.isEmpty() || !m_session) return;
    const quint64 serial = ++m_generation;
    m_loaded = false;
    m_status->hide();
    m_versionLabel->setText(tr("Loading the ACL of %1…").arg(ServerText::path(m_path)));
    m_editor->setIdentities(SessionIdentities::fromSession(*m_session));
    updateButtons();
    m_session->getAcl(m_path, this, [this, serial](const AclReply &reply) {
        if (serial != m_generation) return;
        if (reply.error) {
            m_editor->setAcl({});
            m_versionLabel->setText(
                tr("The ACL of %1 could not be read.").arg(ServerText::path(reply.path)));
            if (reply.error.code == ZkCode::NoAuth) {
                showStatus(NoAuthExplainer::explain(ZkOperation::ReadAcl, reply.path, std::nullopt,
                                                    -1, reply.error,
                                                    SessionIdentities::fromSession(*m_session)),
                           true);
            } else {
                showStatus(reply.error.toString(), true);
            }
            updateButtons();
            return;
        }
        m_loaded = true;
        m_version = reply.stat.aversion;
        m_editor->setAcl(reply.acl);
        bool hidden = false;
        for (const ZkAclEntry &e : reply.acl)
            hidden = hidden || (e.scheme == u"digest" && ZkDigest::isHiddenHash(e.id));
        const AclDecision d =
            AclEvaluator::evaluate(reply.acl, SessionIdentities::fromSession(*m_session));
        QString text = tr("ACL of %1 — ACL version (aversion) %2")
                           .arg(ServerText::path(reply.path), QString::number(m_version));
        if (hidden)
            text += u"\n"_s
                + tr("Digest hashes are shown as user:x: the server hides them from "
                     "sessions without ADMIN on this node.");
        if (!d.allows(ZkPerm::Admin))
            text += u"\n"_s + tr("This session lacks ADMIN here: it can look but not save.");
        m_versionLabel->setText(text);
        updateButtons();
    });
}

void AclView::updateButtons()
{
    const bool editable = m_loaded && !m_readOnly && !m_busy;
    m_save->setEnabled(editable && m_editor->isModified() && m_editor->validationError().isEmpty());
    m_applySubtree->setEnabled(editable && m_editor->validationError().isEmpty());
    m_reload->setEnabled(!m_path.isEmpty() && !m_busy);
}

void AclView::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? ThemeColors::errorTextStyle(palette()) : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AclView::save()
{
    if (!m_loaded || m_busy || !m_session) return;
    const QString invalid = m_editor->validationError();
    if (!invalid.isEmpty()) {
        showStatus(invalid, true);
        return;
    }
    const ZkAcl acl = m_editor->acl();
    const SessionIdentities who = SessionIdentities::fromSession(*m_session);
    const QString warning =
        AclEvaluator::lockOutWarning(m_path, AclEvaluator::fixup(acl, who), who);
    if (warning.isEmpty()) {
        send(acl);
        return;
    }
    // open(), not exec(): no nested event loop while replies keep arriving.
    m_prompt = new QMessageBox(QMessageBox::Warning, tr("You may lock yourself out"),
                               warning + u"\n\n"_s + tr("Save this ACL anyway?"),
                               QMessageBox::NoButton, this);
    m_prompt->setObjectName(u"lockOutPrompt"_s);
    ServerText::makePlain(m_prompt);
    QPushButton *anyway =
        m_prompt->addButton(tr("Save and lose access"), QMessageBox::DestructiveRole);
    m_prompt->addButton(QMessageBox::Cancel);
    m_prompt->setDefaultButton(QMessageBox::Cancel);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_prompt, &QMessageBox::finished, this, [this, anyway, acl, path = m_path] {
        if (m_prompt && m_prompt->clickedButton() == anyway && path == m_path) send(acl);
    });
    m_prompt->open();
}

void AclView::send(const ZkAcl &acl)
{
    m_busy = true;
    updateButtons();
    const quint64 serial = m_generation;
    const QString path = m_path;
    m_session->setAcl(path, acl, m_version, this, [this, serial, path](const DoneReply &r) {
        m_busy = false;
        if (serial != m_generation) {
            updateButtons();
            return;
        }
        switch (r.error.code) {
        case ZkCode::Ok:
            emit statusMessage(
                StatusMessage::info(tr("Saved the ACL of %1").arg(ServerText::path(path))));
            emit saved(path);
            reload();
            showStatus(tr("Saved."), false);
            return;
        case ZkCode::BadVersion:
            showStatus(tr("Not saved: someone else changed the ACL of %1 since it was loaded "
                          "(ACL version %2 here). Reload to see the current ACL, then apply your "
                          "change again; your edit stays here until you reload.")
                           .arg(ServerText::path(path), QString::number(m_version)),
                       true);
            emit statusMessage(
                StatusMessage::error(tr("ACL conflict on %1").arg(ServerText::path(path))));
            break;
        case ZkCode::NoAuth:
            NoAuthExplainer::explainAsync(m_session, ZkOperation::SetAcl, path, this,
                                          [this, serial](const QString &text) {
                                              if (serial == m_generation) showStatus(text, true);
                                          });
            emit statusMessage(StatusMessage::error(
                tr("Not authorised to change the ACL of %1").arg(ServerText::path(path))));
            break;
        default:
            showStatus(tr("Could not save the ACL: %1").arg(r.error.toString()), true);
            emit statusMessage(
                StatusMessage::error(tr("Could not save the ACL of %1: %2")
                                         .arg(ServerText::path(path), r.error.message)));
            break;
        }
        updateButtons();
    });
}
