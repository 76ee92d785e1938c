#include "tree/znodestaterestorer.h"

#include "tree/znodeitem.h"
#include "tree/znodelivewatches.h"
#include "tree/znodepathloader.h"
#include "tree/znodetreemodel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcTreeModel)

namespace {
struct Progress
{
    int pending = 0;
    int found = 0;
    QStringList missing;
    QElapsedTimer clock;
};
} // namespace

ZNodeStateRestorer::ZNodeStateRestorer(ZNodeTreeModel &model)
    : m_model(model)
{ }

bool ZNodeStateRestorer::takeRestoreExpand(const QString &path)
{
    return !m_restoreExpand.isEmpty() && m_restoreExpand.remove(path);
}

void ZNodeStateRestorer::reloadKeepingState()
{
    reloadRestoring(m_model.expandedPaths(), m_model.selectedPath());
}

void ZNodeStateRestorer::reloadRestoring(const QStringList &expanded, const QString &selected)
{
    auto progress = std::make_shared<Progress>();
    progress->clock.start();
    m_model.reload();
    m_restoreExpand = QSet<QString>(expanded.begin(), expanded.end());
    QStringList targets = expanded;
    if (!selected.isEmpty()) targets << selected;
    progress->pending = int(targets.size());
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(
            &m_model, [this, progress] { emit m_model.restored(0, {}, progress->clock.elapsed()); },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_model.m_generation;
    auto finishOne = [this, progress, generation] {
        if (--progress->pending > 0 || generation != m_model.m_generation) return;
        m_restoreExpand.clear();
        const qint64 ms = progress->clock.elapsed();
        qCInfo(lcTreeModel) << "tree restored in" << ms << "ms;" << progress->found
                            << "expanded nodes back," << progress->missing.size() << "gone";
        emit m_model.restored(progress->found, progress->missing, ms);
    };
    for (int i = 0; i < targets.size(); ++i) {
        const bool isSelection = i >= expanded.size();
        const QString path = targets[i];
        m_model.loadPath(path, &m_model, [=, this](const QModelIndex &index, const ZkError &error) {
            if (generation != m_model.m_generation) return;
            if (error || !index.isValid()) {
                progress->missing << path;
            } else if (isSelection) {
                emit m_model.selectRequested(index);
            } else {
                ++progress->found;
                ZNodeItem *item = m_model.itemFor(index);
                item->setFlag(ZNodeItem::Expanded, true);
                if (m_model.m_live->shownExpanded(item)) m_model.m_live->armSubtree(item);
                emit m_model.expandRequested(index);
            }
            finishOne();
        });
    }
}
