#pragma once

#include "zk/zkstat.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

/// The 11 Stat fields of a znode as a two-column table (field, value), formatted by StatFormat:
/// local times with the raw milliseconds in the tooltip, zxids and the ephemeral owner in hex.
class StatView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatView)

public:
    explicit StatView(QWidget *parent = nullptr);

    void setStat(const ZkStat &stat);
    /// Shows `message` instead of the fields ("Loading…", an error, "Select a node").
    void showMessage(const QString &message);
    std::optional<ZkStat> stat() const { return m_stat; }
    /// Displayed value of a field by its zkCli name ("dataVersion"), empty if not shown.
    QString value(const QString &fieldName) const;
    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table = nullptr; // Owned by the widget tree.
    QLabel *m_message = nullptr;    // Owned by the widget tree.
    std::optional<ZkStat> m_stat;
};
