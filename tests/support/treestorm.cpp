#include "treestorm.h"

#include "tree/znodetreemodel.h"
#include "zk/zkacl.h"
#include "zk/zksession.h"

#include <QTest>

using namespace Qt::StringLiterals;

StormWriter::StormWriter(ZkSession *session, QStringList hot, QStringList churn, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_hot(std::move(hot))
    , m_churn(std::move(churn))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StormWriter::tick);
}

void StormWriter::start(int rate, int durationMs, int churnEvery)
{
    m_rate = rate;
    m_durationMs = durationMs;
    m_churnEvery = qMax(1, churnEvery);
    m_issued = m_answered = m_errors = m_hotWrites = 0;
    m_done = false;
    m_clock.start();
    m_timer.start();
}

void StormWriter::tick()
{
    const qint64 elapsed = qMin<qint64>(m_clock.elapsed(), m_durationMs);
    const qint64 due = qint64(m_rate) * elapsed / 1000;
    while (m_issued < due) writeOne();
    if (elapsed >= m_durationMs) m_timer.stop();
}

void StormWriter::writeOne()
{
    const int n = m_issued++;
    auto onDone = [this](const ZkError &error) {
        if (error) ++m_errors;
        answered();
    };
    if (!m_churn.isEmpty() && n % m_churnEvery == m_churnEvery - 1) {
        const QString path = m_churn[(n / m_churnEvery) % m_churn.size()];
        if (m_exists.remove(path)) {
            m_session->remove(path, -1, this, [onDone](const DoneReply &r) { onDone(r.error); });
        } else {
            m_exists.insert(path);
            m_session->create(path, "churn"_ba, CreateMode::Persistent, ZkAclPresets::open(), this,
                              [onDone](const CreateReply &r) { onDone(r.error); });
        }
        return;
    }
    const QString path = m_hot[m_hotWrites++ % m_hot.size()];
    m_session->setData(path, QByteArray::number(n), -1, this,
                       [onDone](const StatReply &r) { onDone(r.error); });
}

void StormWriter::answered()
{
    ++m_answered;
    if (m_timer.isActive() || m_answered < m_issued) return;
    m_done = true;
    emit finished();
}

ShownRows::ShownRows(ZNodeTreeModel *model, QStringList shown, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_shown(shown.begin(), shown.end())
{
    connect(model, &QAbstractItemModel::rowsInserted, this, &ShownRows::paintRange);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                paintRange(from.parent(), from.row(), to.row());
            });
}

void ShownRows::paintAll()
{
    for (const QString &path : std::as_const(m_shown)) {
        const QModelIndex i = m_model->indexForPath(path);
        if (i.isValid()) paintRange(i.parent(), i.row(), i.row());
    }
}

void ShownRows::paintRange(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex i = m_model->index(row, ZNodeTreeModel::VersionColumn, parent);
        if (i.isValid() && m_shown.contains(m_model->pathForIndex(i))) i.data();
    }
}

QHash<QString, std::optional<ZkStat>> readStats(ZkSession &session, const QStringList &paths,
                                                int timeoutMs)
{
    QHash<QString, std::optional<ZkStat>> out;
    int pending = int(paths.size());
    bool failed = false;
    QObject context;
    for (const QString &path : paths) {
        session.exists(path, false, &context, [&](const StatReply &r) {
            --pending;
            if (r.error.code == ZkCode::NoNode)
                out.insert(r.path, std::nullopt);
            else if (r.error)
                failed = true;
            else
                out.insert(r.path, r.stat);
        });
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, timeoutMs) || failed) return {};
    return out;
}

bool modelEquals(const ZNodeTreeModel &model, const QHash<QString, std::optional<ZkStat>> &server,
                 QString *why)
{
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const QModelIndex i = model.indexForPath(it.key());
        QString problem;
        if (!it.value() && i.isValid())
            problem = u"%1: the row is shown, the node is gone"_s;
        else if (it.value() && !i.isValid())
            problem = u"%1: the node exists, no row"_s;
        else if (it.value() && model.statFor(i) != it.value())
            problem = u"%1: version %2 shown, %3 on the server"_s.arg(u"%1"_s)
                          .arg(model.statFor(i) ? model.statFor(i)->version : -1)
                          .arg(it.value()->version);
        if (problem.isEmpty()) continue;
        if (why) *why = problem.arg(it.key());
        return false;
    }
    return true;
}
