#include "search/searchresultsmodel.h"

#include "util/displaytext.h"

using namespace Qt::StringLiterals;

namespace {
QString matchText(int matched)
{
    QStringList parts;
    if (matched & SearchHit::NameMatch) parts << SearchResultsModel::tr("name");
    if (matched & SearchHit::PathMatch) parts << SearchResultsModel::tr("path");
    if (matched & SearchHit::DataMatch) parts << SearchResultsModel::tr("data");
    return parts.join(u" + "_s);
}
} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SearchResultsModel::flush);
}

void SearchResultsModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    if (m_hits.isEmpty()) return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

void SearchResultsModel::append(const QList<SearchHit> &hits)
{
    m_pending.append(hits);
    if (!m_flushTimer.isActive()) m_flushTimer.start();
}

void SearchResultsModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty()) return;
    const int first = int(m_hits.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_hits.append(std::move(m_pending));
    m_pending = {};
    endInsertRows();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size()) return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return DisplayText::visible(hit.path);
        case MatchColumn:
            return matchText(hit.matched);
        case PreviewColumn:
            return DisplayText::visible(hit.preview);
        }
        return {};
    case Qt::ToolTipRole:
        return DisplayText::toolTip(
            DisplayText::visible(index.column() == PreviewColumn ? hit.preview : hit.path));
    case PathRole:
        return hit.path;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case MatchColumn:
        return tr("Matched");
    case PreviewColumn:
        return tr("Preview");
    }
    return {};
}
