#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

/// Sorts big child listings in natural order on a QThreadPool worker and hands the result back
/// on the receiver's thread (a queued call), so expanding a 100,000-child parent never blocks
/// the GUI thread for the ~150 ms the sort takes.
///
/// Lifetime: destroy the sorter before (or as part of) its receiver. After that, a sort still
/// running drops its result: the worker checks under a lock whether the receiver is gone, and a
/// result already posted dies with the receiver's posted events.
class ZNodeNameSorter final
{
public:
    explicit ZNodeNameSorter(QObject *receiver);
    ~ZNodeNameSorter();
    ZNodeNameSorter(const ZNodeNameSorter &) = delete;
    ZNodeNameSorter &operator=(const ZNodeNameSorter &) = delete;

    /// Listings at least this long are sorted on a worker; shorter ones in place (a worker
    /// round trip costs more than sorting a few thousand names).
    static constexpr qsizetype kWorkerThreshold = 4000;

    /// Sorts `names` in place with naturalLess (used for small listings and by the worker).
    static void sortNow(QStringList &names);
    /// Sorts on a worker; `done` runs later on the receiver's thread, unless the sorter or the
    /// receiver was destroyed first.
    void sortLater(QStringList names, std::function<void(QStringList)> done);

private:
    struct Shared
    {
        std::mutex mutex;
        QObject *receiver = nullptr; // Guarded by mutex; null once the sorter is destroyed.
    };
    std::shared_ptr<Shared> m_shared;
};
