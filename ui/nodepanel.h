#pragma once

#include "zkstat.h"

#include <QWidget>

#include <optional>

class NodeDataView;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTabWidget;
class StatView;
class ZkSession;

/// The right-hand side: the selected node's path, its data and its Stat.
///
/// Data is fetched with an async getData() every time a node is shown; a reply for a node that
/// is no longer shown is dropped (a serial number), so fast arrow-key browsing never shows the
/// data of the wrong node.
class NodePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodePanel)

public:
    explicit NodePanel(ZkSession *session, QWidget *parent = nullptr);

    /// Shows `path`, with `knownStat` (from the tree) until the fresh one arrives.
    void showNode(const QString &path, const std::optional<ZkStat> &knownStat = std::nullopt);
    /// Fetches the shown node's data and Stat again.
    void reload();
    void clear();

    QString path() const { return m_path; }
    /// Adds `action` (e.g. "Copy path") next to the path line.
    void addPathAction(QAction *action);

    NodeDataView *dataView() const { return m_data; }
    StatView *statView() const { return m_stat; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void message(const QString &text, bool error);

private:
    ZkSession *m_session = nullptr;   // Not owned.
    QLineEdit *m_pathEdit = nullptr;  // Owned by the widget tree.
    QHBoxLayout *m_pathRow = nullptr; // Owned by the layout tree.
    QTabWidget *m_tabs = nullptr;     // Owned by the widget tree.
    NodeDataView *m_data = nullptr;   // Owned by the widget tree.
    StatView *m_stat = nullptr;       // Owned by the widget tree.
    QString m_path;
    quint64 m_serial = 0; // bumped per request; older replies are dropped
};
