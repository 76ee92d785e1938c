#include "quota/quotaeditor.h"

#include "quota/quotascan.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

using namespace Qt::StringLiterals;

namespace {
ZkError refusal(const QString &message, const QString &path = {})
{
    return ZkError::make(ZkCode::BadArguments, message, path);
}
} // namespace

QuotaEditor::QuotaEditor(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scan(new QuotaScan(session, this))
{
    connect(m_scan, &QuotaScan::finished, this, &QuotaEditor::onScanned);
}

void QuotaEditor::setLimit(const QString &path, QuotaField field, qint64 value)
{
    ++m_run;
    m_running = true;
    m_action = Action::Set;
    m_path = path;
    m_field = field;
    m_value = value;
    m_warnings.clear();
    const bool countField = field == QuotaField::Count || field == QuotaField::CountHardLimit;
    ZkError bad;
    if (path == QuotaPaths::root() || ZkPath::isAncestor(QuotaPaths::root(), path))
        bad = refusal(tr("cannot set a quota under the path: %1").arg(QuotaPaths::root()));
    else if (path == u"/"_s)
        bad = refusal(tr("cannot set a quota on the root node"));
    else if (countField && value <= 0)
        bad = refusal(tr("the num quota must be greater than zero"));
    else if (!countField && value < 0)
        bad = refusal(tr("the bytes quota must be greater than or equal to zero"));
    else if (!m_session)
        bad = ZkError::make(ZkCode::Closing, tr("no session"));
    if (bad) {
        QMetaObject::invokeMethod(
            this, [this, bad] { finish(bad); }, Qt::QueuedConnection);
        return;
    }
    const quint64 run = m_run;
    m_session->exists(path, false, this, [this, run](const StatReply &reply) {
        if (run != m_run) return;
        if (reply.error.code == ZkCode::NoNode)
            finish(refusal(tr("%1 does not exist.").arg(m_path)));
        else if (reply.error)
            finish(reply.error);
        else
            m_scan->start();
    });
}

void QuotaEditor::clear(const QString &path, QuotaField field, bool all)
{
    ++m_run;
    m_running = true;
    m_action = all ? Action::ClearAll : Action::ClearField;
    m_path = path;
    m_field = field;
    m_warnings.clear();
    if (!m_session) {
        const ZkError closed = ZkError::make(ZkCode::Closing, tr("no session"));
        QMetaObject::invokeMethod(
            this, [this, closed] { finish(closed); }, Qt::QueuedConnection);
        return;
    }
    m_scan->start();
}

void QuotaEditor::onScanned(const ZkError &error)
{
    if (!m_running) return;
    if (error) return finish(error);
    m_current = m_scan->quotas().value(m_path);
    m_current.path = m_path;
    if (m_action == Action::Set)
        checkNesting();
    else
        clearScanned();
}

void QuotaEditor::checkNesting()
{
    for (const NodeQuota &other : m_scan->quotas()) {
        if (ZkPath::isAncestor(other.path, m_path))
            return finish(
                refusal(tr("%1 has a parent %2 which has a quota").arg(m_path, other.path)));
        if (ZkPath::isAncestor(m_path, other.path))
            return finish(
                refusal(tr("%1 has a child %2 which has a quota").arg(m_path, other.path)));
    }
    if (m_current.exists) noteShrinkingLimit();
    if (m_current.exists)
        writeLimits();
    else
        createQuotaNodes();
}

void QuotaEditor::createQuotaNodes()
{
    // Pipelined top-down: one session's requests are applied in order, so each parent exists
    // before its child's create arrives. An existing parent answers NodeExists, which is fine.
    QStringList chain;
    for (QString p = QuotaPaths::quotaNode(m_path); p != QuotaPaths::root(); p = ZkPath::parent(p))
        chain.prepend(p);
    QuotaValues limits;
    quotaFieldRef(limits, m_field) = m_value;
    chain << QuotaPaths::limitsNode(m_path) << QuotaPaths::statsNode(m_path);
    const quint64 run = m_run;
    auto failed = std::make_shared<bool>(false);
    for (const QString &node : chain) {
        QByteArray data;
        if (node == QuotaPaths::limitsNode(m_path)) data = limits.limitsText();
        // The server recomputes the usage when the stats node is created (DataTree).
        if (node == QuotaPaths::statsNode(m_path)) data = QuotaValues{0, 0}.usageText();
        const bool last = node == chain.last();
        m_session->create(node, data, CreateMode::Persistent, ZkAclPresets::open(), this,
                          [this, run, last, failed](const CreateReply &reply) {
                              if (run != m_run || *failed) return;
                              if (reply.error && reply.error.code != ZkCode::NodeExists) {
                                  *failed = true;
                                  return finish(reply.error);
                              }
                              if (last) readNewUsage();
                          });
    }
}

void QuotaEditor::readNewUsage()
{
    // The server filled the new stats node in: warn, like zkCli, when already over the limit.
    const quint64 run = m_run;
    m_session->getData(QuotaPaths::statsNode(m_path), false, this, [this, run](const DataReply &r) {
        if (run != m_run) return;
        if (r.error.isOk()) {
            m_current.usage = QuotaValues::parse(r.data);
            noteShrinkingLimit();
        }
        finish({});
    });
}

void QuotaEditor::noteShrinkingLimit()
{
    const bool countField = m_field == QuotaField::Count || m_field == QuotaField::CountHardLimit;
    const qint64 used = countField ? m_current.usage.count : m_current.usage.bytes;
    if (used <= m_value) return;
    m_warnings
        << (countField
                ? tr("[Warning]: the count quota you create is less than the existing count: %1")
                : tr("[Warning]: the bytes quota you create is less than the existing bytes: %1"))
               .arg(used);
}

void QuotaEditor::writeLimits()
{
    QuotaValues limits = m_current.limits;
    quotaFieldRef(limits, m_field) = m_action == Action::Set ? m_value : -1;
    const quint64 run = m_run;
    m_session->setData(QuotaPaths::limitsNode(m_path), limits.limitsText(), m_current.limitsVersion,
                       this, [this, run](const StatReply &reply) {
                           if (run == m_run) finish(reply.error);
                       });
}

void QuotaEditor::clearScanned()
{
    if (!m_current.exists) return finish(refusal(tr("Quota does not exist for %1").arg(m_path)));
    if (m_action == Action::ClearField) return writeLimits();
    QStringList nodes{QuotaPaths::statsNode(m_path), QuotaPaths::limitsNode(m_path)};
    for (QString p = QuotaPaths::quotaNode(m_path); p != QuotaPaths::root(); p = ZkPath::parent(p))
        nodes << p;
    deleteUpwards(nodes);
}

void QuotaEditor::deleteUpwards(const QStringList &nodes)
{
    if (nodes.isEmpty()) return finish({});
    const quint64 run = m_run;
    const QString node = nodes.first();
    m_session->remove(node, -1, this, [this, run, nodes](const DoneReply &reply) {
        if (run != m_run) return;
        // A quota parent that still holds another quota's nodes stays; so do its ancestors.
        if (reply.error.code == ZkCode::NotEmpty) return finish({});
        if (reply.error && reply.error.code != ZkCode::NoNode) return finish(reply.error);
        deleteUpwards(nodes.mid(1));
    });
}

void QuotaEditor::finish(const ZkError &error)
{
    if (!m_running) return;
    m_running = false;
    ++m_run;
    emit finished(error, error ? QStringList{} : m_warnings);
}
