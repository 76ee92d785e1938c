#include "quota/quotadock.h"

#include "quota/quotaeditor.h"
#include "quota/quotamarker.h"
#include "tree/znodedecorationproxy.h"
#include "tree/znodetreemodel.h"
#include "tree/znodetreeview.h"
#include "util/displaytext.h"
#include "zk/zksession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString limitText(qint64 value) { return value >= 0 ? QString::number(value) : QString(); }
} // namespace

QuotaDock::QuotaDock(ZkSession *session, ZNodeTreeView *tree, QWidget *parent)
    : QDockWidget(tr("Quota"), parent)
    , m_session(session)
    , m_marker(new QuotaMarker(session, this))
    , m_editor(new QuotaEditor(session, this))
{
    setObjectName(u"quotaDock"_s);
    setWidget(buildForm());
    if (auto *proxy = qobject_cast<ZNodeDecorationProxy *>(tree->model()))
        proxy->setWarningProvider(
            [marker = m_marker](const QString &path) { return marker->warningFor(path); });
    connect(m_marker, &QuotaMarker::changed, this, [this, tree] {
        tree->viewport()->update(); // the icons come from data(): a repaint asks again
        showQuota();
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                setPath(current.data(ZNodeTreeModel::PathRole).toString());
            });
    connect(m_editor, &QuotaEditor::finished, this,
            [this](const ZkError &error, const QStringList &warnings) {
                if (error) {
                    setBusy(false);
                    emit statusMessage(StatusMessage::error(
                        error.code == ZkCode::BadArguments ? error.message : error.toString()));
                    return;
                }
                for (const QString &warning : warnings)
                    emit statusMessage(StatusMessage::info(warning));
                m_pendingDone();
            });
    setPath({});
}

QWidget *QuotaDock::buildForm()
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_title = new QLabel(body);
    m_title->setTextFormat(Qt::PlainText);
    m_usage = new QLabel(body);
    m_usage->setTextFormat(Qt::PlainText);
    m_state = new QLabel(body);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    auto *form = new QFormLayout;
    const char *labels[4] = {
        QT_TR_NOOP("Soft limit, nodes (-n):"), QT_TR_NOOP("Soft limit, bytes (-b):"),
        QT_TR_NOOP("Hard limit, nodes (-N):"), QT_TR_NOOP("Hard limit, bytes (-B):")};
    auto *digits = new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,18}"_s), body);
    for (int i = 0; i < 4; ++i) {
        m_edits[i] = new QLineEdit(body);
        m_edits[i]->setValidator(digits);
        m_edits[i]->setPlaceholderText(tr("no limit"));
        form->addRow(tr(labels[i]), m_edits[i]);
    }
    m_apply = new QPushButton(tr("Apply"), body);
    m_clear = new QPushButton(tr("Remove quota"), body);
    connect(m_apply, &QPushButton::clicked, this, &QuotaDock::apply);
    connect(m_clear, &QPushButton::clicked, this, &QuotaDock::clearQuota);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    buttons->addWidget(m_apply);
    auto *note = new QLabel(tr("Soft limits only log a warning on the server. Hard limits refuse "
                               "writes (\"Quota has exceeded\", ZQUOTAEXCEEDED) when the server "
                               "runs with zookeeper.enforceQuota=true. A quota cannot sit above "
                               "or below another one."),
                            body);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(m_title);
    layout->addWidget(m_usage);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addStretch();
    return body;
}

void QuotaDock::setPath(const QString &path)
{
    m_path = path;
    showQuota();
    if (!path.isEmpty()) m_marker->refresh();
}

QString QuotaDock::usageText() const { return m_usage->text(); }
QString QuotaDock::stateText() const { return m_state->text(); }

void QuotaDock::showQuota()
{
    const bool hasPath = !m_path.isEmpty();
    m_title->setText(hasPath ? DisplayText::shown(m_path) : tr("No node selected"));
    const NodeQuota own = m_marker->quotas().value(m_path);
    const NodeQuota governing = m_marker->governing(m_path);
    if (!m_busy) {
        for (int i = 0; i < 4; ++i)
            m_edits[i]->setText(limitText(quotaField(own.limits, QuotaField(i))));
    }
    if (own.exists) {
        m_usage->setText(tr("Used: %1 nodes, %2 bytes (the server's count, this subtree)")
                             .arg(own.usage.count)
                             .arg(own.usage.bytes));
        const QStringList over = own.exceeded();
        m_state->setText(over.isEmpty() ? tr("Within its quota.")
                                        : tr("Over: %1").arg(over.join(u"; "_s)));
    } else if (governing.exists) {
        m_usage->clear();
        m_state->setText(tr("No quota of its own; it counts towards the quota of %1.")
                             .arg(DisplayText::shown(governing.path)));
    } else {
        m_usage->clear();
        m_state->setText(hasPath ? tr("No quota.") : QString());
    }
    // Under another node's quota this one cannot have its own (quotas do not nest).
    const bool editable =
        hasPath && !m_busy && m_session->isConnected() && (own.exists || !governing.exists);
    for (QLineEdit *edit : m_edits) edit->setEnabled(editable);
    m_apply->setEnabled(editable);
    m_clear->setEnabled(editable && own.exists);
}

void QuotaDock::apply()
{
    const NodeQuota own = m_marker->quotas().value(m_path);
    QList<std::pair<QuotaField, qint64>> changes;
    for (int i = 0; i < 4; ++i) {
        const QuotaField field = QuotaField(i);
        const qint64 wanted = m_edits[i]->text().isEmpty() ? -1 : m_edits[i]->text().toLongLong();
        const qint64 current = own.exists ? quotaField(own.limits, field) : -1;
        if (wanted != current) changes.append({field, wanted});
    }
    if (changes.isEmpty()) return;
    setBusy(true);
    applyNext(changes);
}

void QuotaDock::applyNext(QList<std::pair<QuotaField, qint64>> changes)
{
    if (changes.isEmpty()) {
        setBusy(false);
        m_marker->refresh();
        return;
    }
    const auto [field, value] = changes.takeFirst();
    m_pendingDone = [this, changes] { applyNext(changes); };
    if (value < 0)
        m_editor->clear(m_path, field, false);
    else
        m_editor->setLimit(m_path, field, value);
}

void QuotaDock::clearQuota()
{
    setBusy(true);
    m_pendingDone = [this] {
        setBusy(false);
        m_marker->refresh();
    };
    m_editor->clear(m_path, QuotaField::Count, true);
}

void QuotaDock::setBusy(bool busy)
{
    m_busy = busy;
    showQuota();
}
