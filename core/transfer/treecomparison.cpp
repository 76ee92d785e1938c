#include "transfer/treecomparison.h"

TreeComparison::TreeComparison(QObject *parent)
    : QObject(parent)
    , m_left(this)
    , m_right(this)
{
    connect(&m_left, &SnapshotLoader::loaded, this,
            [this](const ZkError &e) { onLoaded(e, true); });
    connect(&m_right, &SnapshotLoader::loaded, this,
            [this](const ZkError &e) { onLoaded(e, false); });
    connect(&m_left, &SnapshotLoader::progress, this, [this](qint64 d, qint64 k) {
        m_leftDone = d;
        m_leftKnown = k;
        emit progress(m_leftDone + m_rightDone, m_leftKnown + m_rightKnown);
    });
    connect(&m_right, &SnapshotLoader::progress, this, [this](qint64 d, qint64 k) {
        m_rightDone = d;
        m_rightKnown = k;
        emit progress(m_leftDone + m_rightDone, m_leftKnown + m_rightKnown);
    });
}

void TreeComparison::start(const Side &left, const Side &right)
{
    cancel();
    m_diff = {};
    m_error = {};
    m_pending = 2;
    m_leftDone = m_leftKnown = m_rightDone = m_rightKnown = 0;
    m_clock.start();
    load(m_left, left);
    load(m_right, right);
}

void TreeComparison::load(SnapshotLoader &loader, const Side &side)
{
    if (side.session)
        loader.loadLive(side.session, side.root, side.keepData);
    else
        loader.loadFile(side.file, !side.fileDigestsOnly);
}

void TreeComparison::cancel()
{
    m_left.cancel();
    m_right.cancel();
}

void TreeComparison::onLoaded(const ZkError &error, bool leftSide)
{
    if (m_pending == 0) return;
    const bool last = --m_pending == 0;
    if (error && !m_error) {
        m_error = error;
        m_error.message =
            (leftSide ? tr("left side: %1") : tr("right side: %1")).arg(error.message);
        if (!last) {
            (leftSide ? m_right : m_left).cancel(); // reports through here, as the last side
            return;
        }
    }
    if (!last) return;
    m_loadMs = m_clock.elapsed();
    if (!m_error) {
        QElapsedTimer t;
        t.start();
        m_diff = TreeDiff::compare(m_left.snapshot(), m_right.snapshot());
        m_compareMs = t.elapsed();
    }
    emit finished(m_error);
}
