#include "tree/znodechangehighlighter.h"

#include "tree/znodeitem.h"
#include "tree/znodetreemodel.h"

#include <QDateTime>

ZNodeChangeHighlighter::ZNodeChangeHighlighter(ZNodeTreeModel &model)
    : m_model(model)
{
    m_fadeTimer.setInterval(100);
    QObject::connect(&m_fadeTimer, &QTimer::timeout, &model, [this] { onFadeTimer(); });
}

void ZNodeChangeHighlighter::markChanged(const ZNodeItem *item)
{
    m_changedAt.insert(item->path(), QDateTime::currentMSecsSinceEpoch());
    m_model.markDirty(item->path());
    if (!m_fadeTimer.isActive()) m_fadeTimer.start();
}

QVariant ZNodeChangeHighlighter::shade(const ZNodeItem *item) const
{
    if (m_changedAt.isEmpty()) return {};
    const auto it = m_changedAt.constFind(item->path());
    if (it == m_changedAt.cend()) return {};
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - it.value();
    if (age >= ZNodeTreeModel::kHighlightMs) return {};
    return 1.0 - double(qMax<qint64>(age, 0)) / ZNodeTreeModel::kHighlightMs;
}

void ZNodeChangeHighlighter::reset()
{
    m_changedAt.clear();
    m_fadeTimer.stop();
}

void ZNodeChangeHighlighter::onFadeTimer()
{
    // Re-signal the fading rows so the view repaints them with the next shade; drop the old.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_changedAt.begin(); it != m_changedAt.end();) {
        m_model.markDirty(it.key());
        if (now - it.value() >= ZNodeTreeModel::kHighlightMs)
            it = m_changedAt.erase(it);
        else
            ++it;
    }
    if (m_changedAt.isEmpty()) m_fadeTimer.stop();
}
