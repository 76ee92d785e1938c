#include "transfer/comparedialog.h"

#include "node/valuediffdialog.h"
#include "profiles/profilecredentials.h"
#include "profiles/profilelauncher.h"
#include "transfer/difftree.h"
#include "util/servertext.h"
#include "util/textdiff.h"
#include "zk/zksession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRows = 20000;

/// Marks the changed lines of a side-by-side diff.
void markLines(QPlainTextEdit *view, const QList<TextDiff::Line> &diff, bool oldSide)
{
    QList<QTextEdit::ExtraSelection> marks;
    const QColor colour = oldSide ? QColor(255, 220, 220) : QColor(215, 245, 215);
    for (const TextDiff::Line &l : diff) {
        const int line = oldSide ? l.oldLine : l.newLine;
        if (l.op == TextDiff::Op::Equal || line == 0) continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(view->document()->findBlockByNumber(line - 1));
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(s);
    }
    view->setExtraSelections(marks);
}

} // namespace

CompareDialog::CompareDialog(ZkSession *session, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(path)
    , m_comparison(this)
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare %1").arg(ServerText::path(path)));
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"compareCounts"_s);
    m_counts->setTextFormat(Qt::PlainText);
    connect(&m_comparison, &TreeComparison::finished, this, &CompareDialog::onCompared);
    m_viewFetch = std::make_unique<SourceDataFetcher>();
    m_viewFetchRight = std::make_unique<SourceDataFetcher>();
    for (int side : {1, 2})
        connect(side == 1 ? m_viewFetch.get() : m_viewFetchRight.get(),
                &SourceDataFetcher::finished, this,
                [this, side](const QList<PathError> &, const QList<int> &, bool cancelled) {
                    if (!cancelled) onViewFetched(side);
                });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildSidesForm());
    layout->addWidget(m_counts);
    layout->addLayout(buildFilters());
    layout->addWidget(buildDifferenceViews(), 1);
    layout->addWidget(buildButtons());
    resize(1100, 760);
}

// Left (this session's subtree) and where the right side comes from.
QFormLayout *CompareDialog::buildSidesForm()
{
    m_rightKind = new QComboBox(this);
    m_rightKind->addItem(tr("This connection"), int(RightKind::SameConnection));
    m_rightKind->addItem(tr("Another connection (host:port)"), int(RightKind::OtherConnection));
    m_rightKind->addItem(tr("An export file"), int(RightKind::File));
    m_rightKind->addItem(tr("A saved connection profile"), int(RightKind::Profile));
    m_rightWhere = new QLineEdit(this);
    m_rightWhere->setPlaceholderText(tr("connection string or file"));
    m_rightAuth = new QLineEdit(this);
    m_rightAuth->setObjectName(u"compareRightAuth"_s);
    m_rightAuth->setEchoMode(QLineEdit::Password);
    m_rightAuth->setPlaceholderText(tr("digest user:password (optional; kept in memory only)"));
    m_rightProfile = new QComboBox(this);
    m_rightProfile->setObjectName(u"compareRightProfile"_s);
    m_rightPath = new QLineEdit(m_path, this);
    connect(m_rightKind, &QComboBox::currentIndexChanged, this, &CompareDialog::updateRightFields);
    auto *form = new QFormLayout;
    auto *left = new QLabel(
        tr("%1 on %2").arg(ServerText::path(m_path), m_session->connectedServer()), this);
    left->setTextFormat(Qt::PlainText);
    form->addRow(tr("Left:"), left);
    form->addRow(tr("Right:"), m_rightKind);
    form->addRow(QString(), m_rightWhere);
    form->addRow(QString(), m_rightProfile);
    form->addRow(QString(), m_rightAuth);
    form->addRow(tr("Right path:"), m_rightPath);
    updateRightFields();
    return form;
}

// One checkbox per kind of difference (with its count once compared), and one for identical.
QHBoxLayout *CompareDialog::buildFilters()
{
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Show:"), this));
    const std::pair<quint8, QString> kinds[] = {
        {DiffEntry::OnlyLeft, u"filterOnlyLeft"_s}, {DiffEntry::OnlyRight, u"filterOnlyRight"_s},
        {DiffEntry::DataDiffers, u"filterData"_s},  {DiffEntry::AclDiffers, u"filterAcl"_s},
        {DiffEntry::KindDiffers, u"filterKind"_s},  {DiffEntry::Identical, u"filterIdentical"_s},
    };
    for (const auto &[flag, name] : kinds) {
        auto *box = new QCheckBox(DiffTree::describe(flag), this);
        box->setObjectName(name);
        box->setChecked(flag != DiffEntry::Identical); // identical hidden by default
        box->setProperty("flag", int(flag));
        connect(box, &QCheckBox::toggled, this, &CompareDialog::fillTree);
        row->addWidget(box);
        m_filters.append(box);
    }
    row->addStretch(1);
    return row;
}

DiffTree::Filter CompareDialog::filter() const
{
    DiffTree::Filter f;
    f.kinds = 0;
    for (const QCheckBox *box : m_filters) {
        const auto flag = quint8(box->property("flag").toInt());
        if (!box->isChecked()) continue;
        if (flag == DiffEntry::Identical)
            f.identical = true;
        else
            f.kinds |= flag;
    }
    return f;
}

// The tree of differences over the two sides' data of the current one.
QSplitter *CompareDialog::buildDifferenceViews()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"compareDifferences"_s);
    m_tree->setHeaderLabels({tr("Node"), tr("Difference")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CompareDialog::showNode);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_leftView = new QPlainTextEdit(this);
    m_rightView = new QPlainTextEdit(this);
    for (QPlainTextEdit *v : {m_leftView, m_rightView}) {
        v->setReadOnly(true);
        v->setFont(fixed);
        v->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    auto *views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(m_leftView);
    views->addWidget(m_rightView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(views);
    return split;
}

QDialogButtonBox *CompareDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *compare = new QPushButton(tr("C&ompare"), this);
    buttons->addButton(compare, QDialogButtonBox::ActionRole);
    auto *toRight = buttons->addButton(tr("Selected → right"), QDialogButtonBox::ActionRole);
    auto *toLeft = buttons->addButton(tr("Selected ← left"), QDialogButtonBox::ActionRole);
    auto *equal = buttons->addButton(tr("Make right equal to left…"), QDialogButtonBox::ActionRole);
    connect(compare, &QPushButton::clicked, this, &CompareDialog::startCompare);
    connect(toRight, &QPushButton::clicked, this, [this] { apply(true, false); });
    connect(toLeft, &QPushButton::clicked, this, [this] { apply(false, false); });
    connect(equal, &QPushButton::clicked, this, [this] { apply(true, true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::setRight(RightKind kind, const QString &where, const QString &path)
{
    m_rightKind->setCurrentIndex(m_rightKind->findData(int(kind)));
    if (kind == RightKind::Profile) {
        for (int i = 0; i < m_rightProfile->count(); ++i)
            if (m_rightProfile->itemText(i).startsWith(where + u" ("_s))
                m_rightProfile->setCurrentIndex(i);
    } else {
        m_rightWhere->setText(where);
    }
    if (!path.isEmpty()) m_rightPath->setText(path);
}

void CompareDialog::setRightCredentials(const QString &userColonPassword)
{
    m_rightAuth->setText(userColonPassword);
}

void CompareDialog::setProfileLauncher(ProfileLauncher *launcher)
{
    m_profiles = launcher;
    m_rightProfile->clear();
    if (!launcher) return;
    for (const ConnectionProfile &p : launcher->profiles().profiles())
        m_rightProfile->addItem(tr("%1 (%2)").arg(p.name, p.connectString), p.id);
}

// Only the fields the chosen kind of right side uses are shown.
void CompareDialog::updateRightFields()
{
    const auto kind = RightKind(m_rightKind->currentData().toInt());
    m_rightWhere->setVisible(kind == RightKind::OtherConnection || kind == RightKind::File);
    m_rightAuth->setVisible(kind == RightKind::OtherConnection);
    m_rightProfile->setVisible(kind == RightKind::Profile);
}

ZkSession *CompareDialog::rightSession() const
{
    const auto kind = RightKind(m_rightKind->currentData().toInt());
    return kind == RightKind::OtherConnection || kind == RightKind::Profile ? m_other.get()
                                                                            : m_session;
}

void CompareDialog::startCompare()
{
    const auto kind = RightKind(m_rightKind->currentData().toInt());
    m_counts->setText(tr("Reading both sides…"));
    if (kind == RightKind::File) {
        m_comparison.start({m_session, m_path, {}}, {nullptr, {}, m_rightWhere->text()});
        return;
    }
    if (kind == RightKind::OtherConnection
        && (!m_other || m_otherKey != m_rightWhere->text() + u'\n' + m_rightAuth->text())) {
        openRightSession();
        return;
    }
    if (kind == RightKind::Profile
        && (!m_other || m_otherKey != u"profile:"_s + m_rightProfile->currentData().toString())) {
        openProfileSession();
        return;
    }
    m_comparison.start({m_session, m_path, {}}, {rightSession(), m_rightPath->text(), {}});
}

void CompareDialog::openRightSession()
{
    SessionOptions o;
    o.connectString = m_rightWhere->text().trimmed();
    if (const QString auth = m_rightAuth->text(); !auth.isEmpty()) {
        if (!auth.contains(u':')) {
            m_counts->setText(tr("Digest credentials have the form user:password."));
            return;
        }
        o.auth = {{u"digest"_s, auth.toUtf8()}};
    }
    openSession(o, m_rightWhere->text() + u'\n' + m_rightAuth->text());
}

// A saved profile: its options and its secrets from the keychain.
void CompareDialog::openProfileSession()
{
    const QString id = m_rightProfile->currentData().toString();
    const ConnectionProfile *profile = m_profiles ? m_profiles->profiles().find(id) : nullptr;
    if (!profile) {
        m_counts->setText(tr("Choose a saved connection profile for the right side."));
        return;
    }
    m_counts->setText(tr("Reading the credentials of %1…").arg(profile->name));
    readProfileCredentials(
        m_profiles->secrets(), *profile, this,
        [this, p = *profile](const ProfileCredentials &credentials) {
            if (!credentials.errors.isEmpty() || !credentials.missing.isEmpty()
                || credentials.saslPasswordMissing || credentials.tlsKeyPasswordMissing) {
                m_counts->setText(
                    tr("The keychain has no usable secret for %1 (%2): connect to it from the "
                       "connection list, or give its connection string and credentials here.")
                        .arg(p.name, credentials.errors.join(u"; "_s)));
                return;
            }
            openSession(p.toSessionOptions(credentials.found, credentials.tlsKeyPassword,
                                           credentials.saslPassword),
                        u"profile:"_s + p.id);
        });
}

void CompareDialog::openSession(const SessionOptions &options, const QString &key)
{
    m_other = std::make_unique<ZkSession>();
    m_otherKey = key;
    if (ZkError e = m_other->open(options)) {
        m_counts->setText(tr("Cannot connect: %1").arg(e.message));
        m_other.reset();
        return;
    }
    m_counts->setText(tr("Connecting to %1…").arg(options.connectString));
    connect(m_other.get(), &ZkSession::stateChanged, this, [this](SessionState s) {
        if (s == SessionState::Connected || s == SessionState::ConnectedReadOnly) startCompare();
    });
    connect(m_other.get(), &ZkSession::connectFailed, this, [this](const ZkError &e) {
        m_counts->setText(tr("Cannot connect: %1").arg(e.message));
    });
}

void CompareDialog::onCompared(const ZkError &error)
{
    if (error) {
        m_counts->setText(tr("Cannot compare: %1").arg(error.message));
        return;
    }
    const TreeDiff &d = m_comparison.diff();
    m_counts->setText(
        tr("%1 differences: %2 only left, %3 only right, %4 data, %5 ACL, %6 kind; %7 identical "
           "(read in %8 ms, compared in %9 ms).")
            .arg(d.differences())
            .arg(d.onlyLeft)
            .arg(d.onlyRight)
            .arg(d.dataDiffers)
            .arg(d.aclDiffers)
            .arg(d.kindDiffers)
            .arg(d.identical)
            .arg(m_comparison.loadMs())
            .arg(m_comparison.compareMs()));
    const qint64 counts[] = {d.onlyLeft,   d.onlyRight,   d.dataDiffers,
                             d.aclDiffers, d.kindDiffers, d.identical};
    for (int i = 0; i < m_filters.size(); ++i)
        m_filters[i]->setText(
            u"%1 (%2)"_s.arg(DiffTree::describe(quint8(m_filters[i]->property("flag").toInt())))
                .arg(counts[i]));
    fillTree();
}

void CompareDialog::fillTree()
{
    const QString root =
        tr("%1 ↔ %2").arg(ServerText::path(m_path), ServerText::path(m_rightPath->text()));
    const qint64 hidden = DiffTree::fill(m_tree, m_comparison.diff(), root, filter(), kMaxRows);
    if (hidden > 0)
        m_counts->setText(m_counts->text() + u" "_s
                          + tr("%1 more differences are not listed: narrow the filters or "
                               "compare a smaller subtree.")
                                .arg(hidden));
    QTreeWidgetItem *first = m_tree->topLevelItem(0);
    while (first && first->childCount() > 0 && first->data(0, DiffTree::FolderRole).toBool())
        first = first->child(0);
    if (first) m_tree->setCurrentItem(first);
}

void CompareDialog::showNode()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) return;
    const int index = item->data(0, DiffTree::EntryRole).toInt();
    if (index < 0) return;
    const DiffEntry &e = m_comparison.diff().entries[index];
    // A compare keeps only digests of larger live values: read the two shown ones again.
    m_viewFetch->cancel(); // a value still read for the previous row is not wanted
    m_viewFetchRight->cancel();
    m_viewFetchSides = 0;
    const auto fetch = [&](TransferSnapshot &side, int node, ZkSession *session, int bit) {
        if (node < 0 || side.nodes[node].dataHeld()) return;
        m_viewFetchSides |= bit;
        auto *fetcher = bit == 1 ? m_viewFetch.get() : m_viewFetchRight.get();
        fetcher->start(session, &side, {node}, 1);
    };
    fetch(m_comparison.left(), e.left, m_session, 1);
    fetch(m_comparison.right(), e.right, rightSession(), 2);
    if (m_viewFetchSides == 0) renderNode(e);
}

void CompareDialog::renderNode(const DiffEntry &e)
{
    const auto text = [](const TransferSnapshot &s, int i) {
        if (i < 0) return QString();
        const TransferNode &n = s.nodes[i];
        if (!n.dataHeld()) return tr("(the value could not be read again)");
        return n.data.isNull() ? tr("(null data)") : ValueDiffDialog::render(n.data);
    };
    const QString l = text(m_comparison.left(), e.left);
    const QString r = text(m_comparison.right(), e.right);
    m_leftView->setPlainText(e.left < 0 ? QString() : l);
    m_rightView->setPlainText(e.right < 0 ? QString() : r);
    m_leftView->setPlaceholderText(tr("(not on the left)"));
    m_rightView->setPlaceholderText(tr("(not on the right)"));
    const auto diff = TextDiff::diffText(l, r);
    markLines(m_leftView, diff, true);
    markLines(m_rightView, diff, false);
}

void CompareDialog::onViewFetched(int side)
{
    m_viewFetchSides &= ~side;
    if (m_viewFetchSides != 0) return;
    QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, DiffTree::EntryRole).toInt() : -1;
    if (index >= 0) renderNode(m_comparison.diff().entries[index]);
}

void CompareDialog::apply(bool leftToRight, bool makeEqual)
{
    QList<DiffEntry> chosen;
    const auto &entries = m_comparison.diff().entries;
    if (makeEqual) {
        chosen = entries;
    } else {
        for (int i :
             DiffTree::selectedEntries(m_tree->selectedItems(), m_comparison.diff(), filter()))
            chosen.append(entries[i]);
    }
    SyncOptions o;
    o.deleteExtra = true;
    SyncPlan plan = SyncPlan::build(chosen, leftToRight, o);
    if (plan.writes() == 0) return;
    ZkSession *target = leftToRight ? rightSession() : m_session;
    if (!target || RightKind(m_rightKind->currentData().toInt()) == RightKind::File) {
        m_counts->setText(
            tr("An export file cannot be written: apply from the file to the live side."));
        if (leftToRight || !target) return;
    }
    QString preview = tr("Write %1 creates, %2 data updates, %3 ACL changes on the %4 side?")
                          .arg(plan.creates)
                          .arg(plan.dataUpdates)
                          .arg(plan.aclUpdates)
                          .arg(leftToRight ? tr("right") : tr("left"));
    if (QMessageBox::question(this, tr("Apply differences"), preview) != QMessageBox::Yes) return;
    if (plan.deletes > 0
        && QMessageBox::warning(this, tr("Delete nodes"),
                                tr("Also delete %1 nodes that exist only on the %2 side?")
                                    .arg(plan.deletes)
                                    .arg(leftToRight ? tr("right") : tr("left")),
                                QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes) {
        o.deleteExtra = false;
        plan = SyncPlan::build(chosen, leftToRight, o);
    }
    m_apply = std::make_unique<SyncApplyJob>(target);
    const TransferSnapshot &source = leftToRight ? m_comparison.left() : m_comparison.right();
    const TransferSnapshot &dest = leftToRight ? m_comparison.right() : m_comparison.left();
    connect(m_apply.get(), &SyncApplyJob::finished, this, [this](const SyncReport &r) {
        m_counts->setText(
            tr("Applied: %1 created, %2 data updates, %3 ACLs set, %4 deleted; %5 failed%6. "
               "Compare again to see the result.")
                .arg(r.created)
                .arg(r.dataUpdated)
                .arg(r.aclUpdated)
                .arg(r.deleted)
                .arg(r.failed)
                .arg(r.error ? u" ("_s + r.error.message + u")"_s : QString()));
        emit applied(r);
    });
    m_apply->start(plan, source, dest, leftToRight ? m_rightPath->text() : m_path,
                   leftToRight ? m_session : rightSession());
}
