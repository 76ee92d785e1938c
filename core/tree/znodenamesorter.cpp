#include "tree/znodenamesorter.h"

#include "tree/naturalsort.h"

#include <QThreadPool>

#include <algorithm>

ZNodeNameSorter::ZNodeNameSorter(QObject *receiver)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = receiver;
}

ZNodeNameSorter::~ZNodeNameSorter()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->receiver = nullptr;
}

void ZNodeNameSorter::sortNow(QStringList &names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return naturalLess(a, b); });
}

void ZNodeNameSorter::sortLater(QStringList names, std::function<void(QStringList)> done)
{
    QThreadPool::globalInstance()->start(
        [shared = m_shared, names = std::move(names), done = std::move(done)]() mutable {
            // Detach here, on the worker, not on the GUI thread: the reply's list is shared.
            names.detach();
            sortNow(names);
            std::lock_guard lock(shared->mutex);
            if (!shared->receiver) return;
            // Posted while the lock keeps the receiver alive: the receiver's destructor, which
            // discards its posted events, cannot have started yet.
            QMetaObject::invokeMethod(
                shared->receiver,
                [names = std::move(names), done = std::move(done)]() mutable {
                    done(std::move(names));
                },
                Qt::QueuedConnection);
        });
}
