#pragma once

#include "watchlog/watchlogentry.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

/// Filters a WatchLogModel by path (a prefix, or a regular expression) and by event type.
/// Reads the entries directly, so filtering 10,000 rows costs no QVariant per cell.
class WatchLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchLogFilter)

public:
    explicit WatchLogFilter(QObject *parent = nullptr);

    /// Empty: every path. Prefix mode: the path starts with `text` ("/app" matches "/app" and
    /// "/app/x", and also "/apple": a prefix, not a subtree). Regex mode: an unanchored match.
    /// Returns false (and filters nothing) for an invalid regular expression.
    bool setPathFilter(const QString &text, bool regex);
    QString pathFilterError() const { return m_regexError; }
    /// Bit (1 << int(WatchLogType)) per type shown; all by default.
    void setTypeMask(int mask);
    int typeMask() const { return m_typeMask; }
    void setTypeShown(WatchLogType type, bool shown);
    static constexpr int kAllTypes = 0x3f;

    /// The source entries of the rows that pass, in order (for export).
    QList<WatchLogEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_prefix;
    QRegularExpression m_regex;
    bool m_useRegex = false;
    QString m_regexError;
    int m_typeMask = kAllTypes;
};
