#include "operations/createnodedialog.h"

#include "theme/themecolors.h"

#include "util/inputerrorlabel.h"
#include "util/servertext.h"
#include "zk/zkpath.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The server keeps a TTL in 40 bits of ephemeralOwner (EphemeralType.MAX_TTL).
constexpr qint64 kMaxTtlMs = 0xFFFFFFFFFFLL;

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    ServerText::makePlain(label);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// The field with its message right below it: a hidden message then takes no room (an empty
// form row would still add its spacing).
QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool isTtlMode(CreateMode mode)
{
    return mode == CreateMode::PersistentWithTtl || mode == CreateMode::PersistentSequentialWithTtl;
}
} // namespace

CreateNodeDialog::CreateNodeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"createNodeDialog"_s);
    setWindowTitle(tr("Create node"));
    createPathFields();
    createModeFields();
    createDataFields();
    m_createParents = new QCheckBox(tr("Create missing parents (persistent, open ACL)"), this);
    m_createParents->setObjectName(u"createParentsCheck"_s);
    m_error = makeInputErrorLabel(this, u"createError"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm());
    layout->addWidget(m_error);
    layout->addWidget(buildButtons());

    for (QLineEdit *edit : {m_parent, m_name, m_ttl})
        connect(edit, &QLineEdit::textChanged, this, &CreateNodeDialog::validate);
    connect(m_data, &QPlainTextEdit::textChanged, this, &CreateNodeDialog::validate);
    connect(m_null, &QCheckBox::toggled, this, &CreateNodeDialog::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CreateNodeDialog::validate);
    connect(m_acl, &QComboBox::currentIndexChanged, this, &CreateNodeDialog::validate);
    m_parent->setText(u"/"_s);
    m_name->setFocus();
    resize(560, sizeHint().height());
    validate();
}

void CreateNodeDialog::createPathFields()
{
    m_parent = new QLineEdit(this);
    m_parent->setObjectName(u"createParentEdit"_s);
    m_parentMessage = makeInputErrorLabel(this, u"createParentMessage"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"createNameEdit"_s);
    m_name->setPlaceholderText(tr("node name"));
    m_nameMessage = makeInputErrorLabel(this, u"createNameMessage"_s);
}

void CreateNodeDialog::createModeFields()
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"createModeCombo"_s);
    m_mode->addItem(tr("Persistent"), int(CreateMode::Persistent));
    m_mode->addItem(tr("Ephemeral"), int(CreateMode::Ephemeral));
    m_mode->addItem(tr("Persistent sequential"), int(CreateMode::PersistentSequential));
    m_mode->addItem(tr("Ephemeral sequential"), int(CreateMode::EphemeralSequential));
    m_mode->addItem(tr("Container"), int(CreateMode::Container));
    m_mode->addItem(tr("Persistent with TTL"), int(CreateMode::PersistentWithTtl));
    m_mode->addItem(tr("Persistent sequential with TTL"),
                    int(CreateMode::PersistentSequentialWithTtl));
    m_modeHint = hintLabel(this);
    m_ttl = new QLineEdit(this);
    m_ttl->setObjectName(u"createTtlEdit"_s);
    m_ttl->setPlaceholderText(tr("milliseconds, e.g. 60000"));
    m_ttlMessage = makeInputErrorLabel(this, u"createTtlMessage"_s);

    m_acl = new QComboBox(this);
    m_acl->setObjectName(u"createAclCombo"_s);
    m_acl->addItem(tr("Open (world:anyone, all permissions)"), int(AclPreset::Open));
    m_acl->addItem(tr("Creator all (auth, all permissions)"), int(AclPreset::CreatorAll));
    m_acl->addItem(tr("Read-only world (world:anyone, read)"), int(AclPreset::ReadOnlyWorld));
    m_acl->addItem(tr("Custom…"), int(AclPreset::Custom));
    // Hook: the ACL editor (a later issue) calls setCustomAcl(), which enables this item.
    m_acl->setItemData(3, false, Qt::UserRole - 1); // QStandardItemModel: disables the item
    m_acl->setItemData(3, tr("The ACL editor is not there yet: use a preset"), Qt::ToolTipRole);
    m_aclHint = hintLabel(this);
}

void CreateNodeDialog::createDataFields()
{
    m_null = new QCheckBox(tr("Null data (no bytes at all, not even an empty string)"), this);
    m_null->setObjectName(u"createNullCheck"_s);
    m_data = new QPlainTextEdit(this);
    m_data->setObjectName(u"createDataEdit"_s);
    m_data->setPlaceholderText(tr("UTF-8 text; leave empty for empty data (0 bytes)"));
    m_data->setTabChangesFocus(true);
    m_dataInfo = hintLabel(this);
    // The size problem is shown in place of the byte count, in the error colour.
    ThemeColors::markAsError(m_dataInfo, QPalette::BrightText);
}

QDialogButtonBox *CreateNodeDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setDefault(true);
    // Not QDialog::accept: the dialog stays open until the server said yes.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem.isEmpty() && !m_busy) emit createRequested(request());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

QFormLayout *CreateNodeDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form](const QString &label, QWidget *field) {
        form->addRow(label, field);
        if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(field)))
            buddy->setBuddy(field->layout() ? field->layout()->itemAt(0)->widget() : field);
    };
    addRow(tr("&Parent:"), withMessage(m_parent, m_parentMessage));
    addRow(tr("&Name:"), withMessage(m_name, m_nameMessage));
    addRow(tr("&Mode:"), withMessage(m_mode, m_modeHint));
    addRow(tr("&TTL (ms):"), withMessage(m_ttl, m_ttlMessage));
    addRow(tr("&ACL:"), withMessage(m_acl, m_aclHint));
    auto *data = new QWidget(this);
    auto *dataLayout = new QVBoxLayout(data);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->setSpacing(4);
    dataLayout->addWidget(m_null);
    dataLayout->addWidget(m_data);
    dataLayout->addWidget(m_dataInfo);
    // The text box takes the spare height, not the gaps between the rows above.
    data->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    addRow(tr("&Data:"), data);
    form->addRow(QString(), m_createParents);
    return form;
}

void CreateNodeDialog::setParentPath(const QString &path) { m_parent->setText(path); }
void CreateNodeDialog::setName(const QString &name) { m_name->setText(name); }
void CreateNodeDialog::setTtlMs(qint64 ttlMs) { m_ttl->setText(QString::number(ttlMs)); }
void CreateNodeDialog::setText(const QString &text) { m_data->setPlainText(text); }
void CreateNodeDialog::setNullData(bool null) { m_null->setChecked(null); }
void CreateNodeDialog::setCreateParents(bool on) { m_createParents->setChecked(on); }

void CreateNodeDialog::setMode(CreateMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void CreateNodeDialog::setAclPreset(AclPreset preset)
{
    m_acl->setCurrentIndex(m_acl->findData(int(preset)));
}

void CreateNodeDialog::setCustomAcl(const ZkAcl &acl, const QString &summary)
{
    m_customAcl = acl;
    const int row = m_acl->findData(int(AclPreset::Custom));
    m_acl->setItemData(row, QVariant(), Qt::UserRole - 1); // enabled again
    m_acl->setItemData(row, summary, Qt::ToolTipRole);
    m_acl->setItemText(row, tr("Custom: %1").arg(summary));
    m_acl->setCurrentIndex(row);
}

CreateMode CreateNodeDialog::mode() const { return CreateMode(m_mode->currentData().toInt()); }

CreateNodeRequest CreateNodeDialog::request() const
{
    CreateNodeRequest r;
    r.parent = m_parent->text();
    r.name = m_name->text();
    r.data = m_null->isChecked() ? QByteArray() : m_data->toPlainText().toUtf8();
    if (!m_null->isChecked() && r.data.isNull())
        r.data = QByteArray(""); // empty text is empty data, never null
    r.mode = mode();
    r.ttlMs = isTtlMode(r.mode) ? m_ttl->text().toLongLong() : 0;
    r.createParents = m_createParents->isChecked();
    switch (AclPreset(m_acl->currentData().toInt())) {
    case AclPreset::Open:
        r.acl = ZkAclPresets::open();
        break;
    case AclPreset::CreatorAll:
        r.acl = ZkAclPresets::creatorAll();
        break;
    case AclPreset::ReadOnlyWorld:
        r.acl = ZkAclPresets::readOnlyWorld();
        break;
    case AclPreset::Custom:
        r.acl = m_customAcl;
        break;
    }
    return r;
}

void CreateNodeDialog::validate()
{
    updateModeWidgets();
    const QString dataProblem = updateDataInfo();
    const QString parentProblem = ZkPath::validate(m_parent->text());
    setMessage(m_parentMessage, parentProblem);
    // An empty name only disables Create: a red "name is empty" before typing is just noise.
    const QString nameProblem = ZkPath::validateName(m_name->text());
    setMessage(m_nameMessage, m_name->text().isEmpty() ? QString() : nameProblem);
    QString ttlProblem;
    if (isTtlMode(mode())) {
        bool ok = false;
        const qint64 ttl = m_ttl->text().trimmed().toLongLong(&ok);
        if (m_ttl->text().trimmed().isEmpty())
            ttlProblem = tr("Enter the TTL in milliseconds");
        else if (!ok || ttl <= 0 || ttl > kMaxTtlMs)
            ttlProblem = tr("The TTL must be a whole number of milliseconds from 1 to %1")
                             .arg(QLocale().toString(kMaxTtlMs));
    }
    setMessage(m_ttlMessage, ttlProblem);
    m_problem.clear();
    for (const QString &p : {parentProblem, nameProblem, ttlProblem, dataProblem}) {
        if (!p.isEmpty()) {
            m_problem = p;
            break;
        }
    }
    if (m_problem.isEmpty() && ZkPath::validate(request().path()).size())
        m_problem = ZkPath::validate(request().path());
    m_createButton->setEnabled(m_problem.isEmpty() && !m_busy);
}

void CreateNodeDialog::updateModeWidgets()
{
    QString hint;
    switch (mode()) {
    case CreateMode::Persistent:
        hint = tr("Stays until it is deleted.");
        break;
    case CreateMode::Ephemeral:
        hint = tr("Deleted when this zkdesk session ends; cannot have children.");
        break;
    case CreateMode::PersistentSequential:
    case CreateMode::EphemeralSequential:
        hint = tr("The server appends a 10-digit counter to the name (name0000000042).");
        if (mode() == CreateMode::EphemeralSequential)
            hint += u' ' + tr("Deleted when this zkdesk session ends.");
        break;
    case CreateMode::Container:
        hint = tr("The server deletes it some time after its last child is gone.");
        break;
    case CreateMode::PersistentWithTtl:
    case CreateMode::PersistentSequentialWithTtl:
        hint = tr("Deleted once it has had no children and no change for the TTL. Needs "
                  "extendedTypesEnabled=true on the server.");
        if (mode() == CreateMode::PersistentSequentialWithTtl)
            hint += u' ' + tr("A 10-digit counter is appended to the name.");
        break;
    }
    m_modeHint->setText(hint);
    m_ttl->setEnabled(isTtlMode(mode()) && !m_busy);

    switch (AclPreset(m_acl->currentData().toInt())) {
    case AclPreset::Open:
        m_aclHint->setText(tr("Anyone may read, change and delete it."));
        break;
    case AclPreset::CreatorAll:
        m_aclHint->setText(tr("Only the identities this session authenticated with; the server "
                              "refuses it (invalid ACL) when the session has none."));
        break;
    case AclPreset::ReadOnlyWorld:
        m_aclHint->setText(tr("Anyone may read it; nobody may change its data or ACL or add "
                              "children."));
        break;
    case AclPreset::Custom:
        m_aclHint->setText(m_acl->currentData(Qt::ToolTipRole).toString());
    }
}

QString CreateNodeDialog::updateDataInfo()
{
    m_data->setEnabled(!m_null->isChecked() && !m_busy);
    const qsizetype bytes = m_null->isChecked() ? 0 : m_data->toPlainText().toUtf8().size();
    QString problem;
    if (bytes > ZkSession::maxPacketBytes())
        problem =
            tr("The data is %1 bytes; a request may be at most %2 bytes.")
                .arg(QLocale().toString(bytes), QLocale().toString(ZkSession::maxPacketBytes()));
    QString info = problem;
    if (info.isEmpty() && m_null->isChecked())
        info = tr("Null data (length −1).");
    else if (info.isEmpty())
        info = bytes == 0 ? tr("Empty data (0 bytes).")
                          : tr("%1 bytes, UTF-8.").arg(QLocale().toString(bytes));
    m_dataInfo->setForegroundRole(problem.isEmpty() ? QPalette::PlaceholderText
                                                    : QPalette::BrightText);
    m_dataInfo->setText(info);
    return problem;
}

void CreateNodeDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_parent, m_name, m_mode, m_acl, m_null, m_createParents})
        w->setEnabled(!busy);
    if (busy) setMessage(m_error, QString());
    m_createButton->setText(busy ? tr("Creating…") : tr("Create"));
    validate();
}

void CreateNodeDialog::showError(const QString &message) { setMessage(m_error, message); }

QString CreateNodeDialog::errorText() const { return m_error->text(); }
