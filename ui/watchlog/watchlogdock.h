#pragma once

#include "watchlog/watchlogentry.h"

#include <QDockWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class ServerTextProxy;
class QToolButton;
class SubtreeWatcher;
class WatchLogFilter;
class WatchLogModel;
class ZkSession;

/// The watch log dock: a table of every watch event of the session (WatchLogModel), filtered
/// by path prefix/regex and type, with pause/resume, clear, CSV/JSON export, a side-by-side
/// old/new view on double-click of a data change, and the explicit subtree watches
/// (SubtreeWatcher) the tree's context menu starts.
class WatchLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchLogDock)

public:
    enum class Format { Csv, Json };

    explicit WatchLogDock(ZkSession *session, QWidget *parent = nullptr);

    WatchLogModel *logModel() const { return m_log; }
    WatchLogFilter *filter() const { return m_filter; }
    SubtreeWatcher *subtreeWatcher() const { return m_watcher; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *regexBox() const { return m_regex; }
    QAction *pauseAction() const { return m_pause; }
    QAction *clearAction() const { return m_clear; }
    QAction *typeAction(WatchLogType type) const;
    QString statusText() const;

    /// Watches `path`'s subtree (say so in the log); the tree's context menu calls it.
    void watchSubtree(const QString &path);
    void unwatchSubtree(const QString &path);
    /// An action "Watch subtree in log" / "Stop watching subtree" for `path`, parented to
    /// `menuParent`.
    QAction *subtreeAction(const QString &path, QObject *menuParent);
    /// Writes the rows that pass the filter; false and `error` on failure.
    bool exportTo(const QString &fileName, Format format, QString *error = nullptr);
    /// Opens the old/new dialog for a row of the table (non-modal); nullptr if it has no values.
    QDialog *showValues(const QModelIndex &viewIndex);

private:
    void createActions();
    QHBoxLayout *buildBar(QWidget *body);
    QToolButton *buildTypeButton(QWidget *body);
    QToolButton *buildExportButton(QWidget *body);
    QTableView *buildTable(QWidget *body);
    void followModel();
    void setPaused(bool paused);
    void applyFilter();
    void updateStatus();
    void exportWithDialog(Format format);

    ZkSession *m_session;
    WatchLogModel *m_log = nullptr;
    WatchLogFilter *m_filter = nullptr;
    ServerTextProxy *m_shown = nullptr; // what the table shows: m_filter by DisplayText's rule
    SubtreeWatcher *m_watcher = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_regex = nullptr;
    QToolButton *m_typeButton = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_unwatchAll = nullptr;
    QList<QAction *> m_typeActions;
    QTimer *m_statusTimer = nullptr; // while paused: the waiting count grows without batches
    bool m_follow = true;            // keep the newest row in view while the user is at the bottom
};
