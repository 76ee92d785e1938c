#include "acl/acleditor.h"

#include "theme/themecolors.h"

#include "acl/aclvalidation.h"
#include "acl/zkdigest.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const quint32 kPermBits[] = {ZkPerm::Read, ZkPerm::Write, ZkPerm::Create, ZkPerm::Delete,
                             ZkPerm::Admin};
const QStringList kSchemes = {u"world"_s, u"auth"_s, u"digest"_s, u"ip"_s, u"x509"_s, u"sasl"_s};

QString schemeHint(const QString &scheme)
{
    if (scheme == u"world") return u"anyone"_s;
    if (scheme == u"auth") return u"(empty: this session's identities)"_s;
    if (scheme == u"digest") return u"user:base64(sha1(user:password))"_s;
    if (scheme == u"ip") return u"10.0.0.5 or 10.0.0.0/8"_s;
    if (scheme == u"x509") return u"the certificate's subject DN"_s;
    if (scheme == u"sasl") return u"principal, e.g. alice@EXAMPLE.COM"_s;
    return u"id as the provider defines it"_s;
}
} // namespace

AclEditor::AclEditor(QWidget *parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setObjectName(u"aclMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildTable(), 1);
    layout->addLayout(buildButtonRow());
    layout->addWidget(m_message);
    layout->addWidget(buildDigestHelper());
    connectEditing();
    updateDigest();
    revalidate();
}

QTableWidget *AclEditor::buildTable()
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"aclTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Scheme"), tr("Id"), tr("R"), tr("W"), tr("C"), tr("D"), tr("A")});
    const QStringList tips = {tr("Who the entry is about: world, auth, digest, ip, x509, sasl, or "
                                 "any other provider by name"),
                              tr("The identity within the scheme"),
                              tr("Read: get data, list children"),
                              tr("Write: set data"),
                              tr("Create children"),
                              tr("Delete children"),
                              tr("Admin: read and change the ACL")};
    for (int c = 0; c < ColumnCount; ++c) m_table->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(IdColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SchemeColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(SchemeColumn, fontMetrics().horizontalAdvance(u"digest____▾"_s) + 24);
    for (int c = ReadColumn; c <= AdminColumn; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        m_table->setColumnWidth(c, fontMetrics().horizontalAdvance(u"W"_s) + 26);
    }
    return m_table;
}

QHBoxLayout *AclEditor::buildButtonRow()
{
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"aclAdd"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"aclRemove"_s);
    m_me = new QPushButton(tr("&Me"), this);
    m_me->setObjectName(u"aclMe"_s);
    m_me->setToolTip(tr("Add this session's identities with all permissions"));
    m_presets = new QComboBox(this);
    m_presets->setObjectName(u"aclPresets"_s);
    m_presets->addItems({tr("Quick choice…"), tr("Open (world:anyone, all)"),
                         tr("Creator only (auth, all)"),
                         tr("Read-only for everyone (world:anyone, r)")});
    m_presets->setToolTip(tr("Replace the entries with a common ACL"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_me);
    buttons->addStretch(1);
    buttons->addWidget(m_presets);
    return buttons;
}

QGroupBox *AclEditor::buildDigestHelper()
{
    // The digest helper: the password never leaves this widget and is cleared on insert.
    auto *digestBox = new QGroupBox(tr("Digest id from user and password"), this);
    m_digestUser = new QLineEdit(digestBox);
    m_digestUser->setObjectName(u"digestUser"_s);
    m_digestUser->setPlaceholderText(tr("user"));
    m_digestPassword = new QLineEdit(digestBox);
    m_digestPassword->setObjectName(u"digestPassword"_s);
    m_digestPassword->setPlaceholderText(tr("password"));
    m_digestPassword->setEchoMode(QLineEdit::Password);
    m_digestResult = new QLabel(digestBox);
    m_digestResult->setObjectName(u"digestResult"_s);
    m_digestResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_digestResult->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_digestResult->setTextFormat(Qt::PlainText);
    m_digestInsert = new QPushButton(tr("&Insert"), digestBox);
    m_digestInsert->setObjectName(u"digestInsert"_s);
    m_digestInsert->setToolTip(tr("Add a digest entry with this id and all permissions"));
    auto *digestRow = new QHBoxLayout;
    digestRow->addWidget(m_digestUser, 1);
    digestRow->addWidget(m_digestPassword, 1);
    digestRow->addWidget(m_digestInsert);
    auto *digestLayout = new QVBoxLayout(digestBox);
    digestLayout->addLayout(digestRow);
    digestLayout->addWidget(m_digestResult);
    return digestBox;
}

void AclEditor::connectEditing()
{
    connect(m_add, &QPushButton::clicked, this, [this] {
        addEntry({u"world"_s, u"anyone"_s, ZkPerm::Read});
        m_table->setCurrentCell(m_table->rowCount() - 1, SchemeColumn);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) return;
        m_table->removeRow(row);
        m_modified = true;
        revalidate();
        emit changed();
    });
    connect(m_me, &QPushButton::clicked, this, &AclEditor::addMe);
    connect(m_presets, &QComboBox::activated, this, &AclEditor::applyPreset);
    connect(m_digestUser, &QLineEdit::textChanged, this, &AclEditor::updateDigest);
    connect(m_digestPassword, &QLineEdit::textChanged, this, &AclEditor::updateDigest);
    connect(m_digestInsert, &QPushButton::clicked, this, [this] {
        addEntry({u"digest"_s, ZkDigest::digestId(m_digestUser->text(), m_digestPassword->text()),
                  ZkPerm::All});
        m_digestPassword->clear();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling) return;
        m_modified = true;
        revalidate();
        emit changed();
    });
}

void AclEditor::setAcl(const ZkAcl &acl)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const ZkAclEntry &e : acl) insertRow(e);
    m_filling = false;
    m_modified = false;
    revalidate();
}

void AclEditor::addEntry(const ZkAclEntry &entry)
{
    m_filling = true;
    insertRow(entry);
    m_filling = false;
    m_modified = true;
    revalidate();
    emit changed();
}

void AclEditor::insertRow(const ZkAclEntry &entry)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *scheme = new QComboBox(m_table);
    scheme->setEditable(true);
    scheme->addItems(kSchemes);
    scheme->setEditText(entry.scheme);
    scheme->setEnabled(!m_readOnly);
    m_table->setCellWidget(row, SchemeColumn, scheme);
    connect(scheme, &QComboBox::currentTextChanged, this, [this] {
        if (m_filling) return;
        m_modified = true;
        revalidate();
        emit changed();
    });
    auto *id = new QTableWidgetItem(entry.id);
    id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setItem(row, IdColumn, id);
    for (int c = ReadColumn; c <= AdminColumn; ++c) {
        auto *perm = new QTableWidgetItem;
        perm->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                       | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsEnabled));
        perm->setCheckState(entry.perms & kPermBits[c - ReadColumn] ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, c, perm);
    }
}

QComboBox *AclEditor::schemeCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, SchemeColumn));
}

void AclEditor::setScheme(int row, const QString &scheme)
{
    if (QComboBox *combo = schemeCombo(row)) combo->setEditText(scheme);
}

ZkAclEntry AclEditor::entryAt(int row) const
{
    ZkAclEntry e;
    if (QComboBox *combo = schemeCombo(row)) e.scheme = combo->currentText();
    if (const QTableWidgetItem *id = m_table->item(row, IdColumn)) e.id = id->text();
    for (int c = ReadColumn; c <= AdminColumn; ++c)
        if (const QTableWidgetItem *perm = m_table->item(row, c);
            perm && perm->checkState() == Qt::Checked)
            e.perms |= kPermBits[c - ReadColumn];
    return e;
}

ZkAcl AclEditor::acl() const
{
    ZkAcl acl;
    for (int row = 0; row < m_table->rowCount(); ++row) acl.append(entryAt(row));
    return acl;
}

void AclEditor::setIdentities(const SessionIdentities &who)
{
    m_who = who;
    revalidate();
}

void AclEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_add, m_remove, m_me, m_presets, m_digestInsert})
        w->setEnabled(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    setAcl(acl());
    updateDigest();
}

void AclEditor::revalidate()
{
    const ZkAcl entries = acl();
    m_error = AclValidation::validateAcl(entries, m_who.hasAuthenticated());
    // Mark every bad row (the message shows the first one).
    const bool wasFilling = m_filling;
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString why = AclValidation::validateEntry(entries[row]);
        QTableWidgetItem *id = m_table->item(row, IdColumn);
        id->setBackground(
            why.isEmpty() ? QBrush()
                          : QBrush(ThemeColors::background(ThemeColors::Accent::Error, palette())));
        id->setToolTip(why.isEmpty() ? schemeHint(entries[row].scheme) : why);
        if (QComboBox *combo = schemeCombo(row))
            combo->setToolTip(schemeHint(combo->currentText()));
    }
    m_filling = wasFilling;
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 m_error.isEmpty() ? palette().color(QPalette::WindowText)
                                   : ThemeColors::text(ThemeColors::Accent::Error, palette()));
    m_message->setPalette(pal);
    m_message->setText(m_error.isEmpty()
                           ? (entries.size() == 1 ? tr("1 entry, valid")
                                                  : tr("%1 entries, all valid").arg(entries.size()))
                           : m_error);
    m_remove->setEnabled(!m_readOnly && m_table->rowCount() > 0);
}

void AclEditor::updateDigest()
{
    const QString user = m_digestUser->text();
    QString why;
    if (user.isEmpty())
        why = tr("Enter a user and a password to compute the digest id.");
    else if (user.contains(u':'))
        why = tr("The user name must not contain ':'.");
    m_digestInsert->setEnabled(!m_readOnly && why.isEmpty());
    m_digestResult->setText(
        why.isEmpty() ? u"digest:"_s + ZkDigest::digestId(user, m_digestPassword->text()) : why);
}

void AclEditor::addMe()
{
    bool added = false;
    for (const AclIdentity &id : std::as_const(m_who.ids)) {
        if (id.scheme == u"ip" || id.guessed) continue;
        addEntry({id.scheme, id.id, ZkPerm::All});
        added = true;
    }
    if (!added) {
        // No credentials: only the address identifies this session.
        for (const AclIdentity &id : std::as_const(m_who.ids))
            if (id.scheme == u"ip" && !id.id.contains(u':')) {
                addEntry({id.scheme, id.id, ZkPerm::All});
                added = true;
            }
    }
    if (!added) addEntry({u"auth"_s, {}, ZkPerm::All});
}

void AclEditor::applyPreset(int index)
{
    ZkAcl preset;
    switch (index) {
    case 1:
        preset = ZkAclPresets::open();
        break;
    case 2:
        preset = ZkAclPresets::creatorAll();
        break;
    case 3:
        preset = ZkAclPresets::readOnlyWorld();
        break;
    default:
        return;
    }
    setAcl(preset);
    m_presets->setCurrentIndex(0);
    m_modified = true;
    emit changed();
}

void AclEditor::hideEvent(QHideEvent *event)
{
    // The digest helper forgets the password when it is not on screen (dialog closed, other
    // tab): nothing keeps it after the user has moved on.
    m_digestPassword->clear();
    QWidget::hideEvent(event);
}
