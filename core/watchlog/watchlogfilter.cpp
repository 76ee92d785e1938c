#include "watchlog/watchlogfilter.h"

#include "watchlog/watchlogmodel.h"

WatchLogFilter::WatchLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

bool WatchLogFilter::setPathFilter(const QString &text, bool regex)
{
    m_regexError.clear();
    if (regex && !text.isEmpty()) {
        QRegularExpression re(text);
        if (!re.isValid()) {
            m_regexError = re.errorString();
            m_useRegex = false;
            m_prefix.clear();
            invalidateFilter();
            return false;
        }
        re.optimize();
        m_regex = re;
        m_useRegex = true;
        m_prefix.clear();
    } else {
        m_useRegex = false;
        m_prefix = text;
    }
    invalidateFilter();
    return true;
}

void WatchLogFilter::setTypeMask(int mask)
{
    if (mask == m_typeMask) return;
    m_typeMask = mask;
    invalidateFilter();
}

void WatchLogFilter::setTypeShown(WatchLogType type, bool shown)
{
    const int bit = 1 << int(type);
    setTypeMask(shown ? (m_typeMask | bit) : (m_typeMask & ~bit));
}

bool WatchLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *log = qobject_cast<const WatchLogModel *>(sourceModel());
    if (!log) return true;
    const WatchLogEntry &e = log->entry(sourceRow);
    if (!(m_typeMask & (1 << int(e.type)))) return false;
    if (m_useRegex) return m_regex.match(e.path).hasMatch();
    return m_prefix.isEmpty() || e.path.startsWith(m_prefix);
}

QList<WatchLogEntry> WatchLogFilter::visibleEntries() const
{
    QList<WatchLogEntry> out;
    const auto *log = qobject_cast<const WatchLogModel *>(sourceModel());
    if (!log) return out;
    out.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r) out << log->entry(mapToSource(index(r, 0)).row());
    return out;
}
