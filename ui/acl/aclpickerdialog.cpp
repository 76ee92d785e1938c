#include "acl/aclpickerdialog.h"

#include "acl/acleditor.h"
#include "acl/aclvalidation.h"
#include "acl/zkdigest.h"
#include "operations/createnodedialog.h"
#include "zk/zksession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AclPickerDialog::AclPickerDialog(const ZkAcl &initial, const SessionIdentities &who,
                                 QWidget *parent)
    : QDialog(parent)
    , m_who(who)
{
    setWindowTitle(tr("ACL of the new node"));
    m_editor = new AclEditor(this);
    m_editor->setIdentities(who);
    m_editor->setAcl(initial);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &AclEditor::changed, this, &AclPickerDialog::revalidate);
    resize(640, 460);
    revalidate();
}

ZkAcl AclPickerDialog::acl() const { return m_editor->acl(); }

void AclPickerDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_editor->validationError().isEmpty());
}

QString AclPickerDialog::summary(const ZkAcl &acl)
{
    QStringList parts;
    for (const ZkAclEntry &e : acl) {
        const QString who = e.scheme == u"digest" ? e.scheme + u':' + ZkDigest::userOf(e.id)
                                                  : AclValidation::entryText(e);
        parts << who + u' ' + AclValidation::permsText(e.perms);
    }
    return parts.join(u", ");
}

void AclPickerDialog::attach(CreateNodeDialog *dialog, ZkSession *session)
{
    auto *combo = dialog->findChild<QComboBox *>(u"createAclCombo"_s);
    if (!combo) return;
    const int custom = combo->findData(int(CreateNodeDialog::AclPreset::Custom));
    combo->setItemData(custom, QVariant(), Qt::UserRole - 1); // enabled
    combo->setItemData(custom, tr("Edit the ACL entry by entry"), Qt::ToolTipRole);
    auto previous = std::make_shared<int>(combo->currentIndex());
    auto customAcl = std::make_shared<ZkAcl>();
    QPointer<ZkSession> guard(session);
    QObject::connect(combo, &QComboBox::activated, dialog, [=](int index) {
        if (index != custom) {
            *previous = index;
            return;
        }
        ZkAcl seed = *customAcl;
        if (seed.isEmpty()) {
            switch (CreateNodeDialog::AclPreset(combo->itemData(*previous).toInt())) {
            case CreateNodeDialog::AclPreset::CreatorAll:
                seed = ZkAclPresets::creatorAll();
                break;
            case CreateNodeDialog::AclPreset::ReadOnlyWorld:
                seed = ZkAclPresets::readOnlyWorld();
                break;
            default:
                seed = ZkAclPresets::open();
                break;
            }
        }
        const SessionIdentities who =
            guard ? SessionIdentities::fromSession(*guard) : SessionIdentities{};
        auto *picker = new AclPickerDialog(seed, who, dialog);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(picker, &QDialog::finished, dialog, [=](int result) {
            if (result == QDialog::Accepted) {
                *customAcl = picker->acl();
                dialog->setCustomAcl(*customAcl, summary(*customAcl));
            } else if (customAcl->isEmpty()) {
                combo->setCurrentIndex(*previous);
            }
        });
        picker->open();
    });
}
