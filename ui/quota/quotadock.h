#pragma once

#include "quota/quotavalues.h"
#include "util/statusmessage.h"

#include <QDockWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QuotaEditor;
class QuotaMarker;
class ZNodeTreeView;
class ZkSession;

/// The quota of the selected node: its soft (-n/-b) and hard (-N/-B) limits from
/// /zookeeper/quota, the server's usage figures, whether it is over a limit, and editing
/// (set/clear, as zkCli's setquota/delquota). It also marks the tree's nodes over a limit
/// (a warning icon and tooltip through the tree's decoration proxy).
class QuotaDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaDock)

public:
    QuotaDock(ZkSession *session, ZNodeTreeView *tree, QWidget *parent = nullptr);

    QuotaMarker *marker() const { return m_marker; }
    QString path() const { return m_path; }
    void setPath(const QString &path);
    /// The limit field for -n, -b, -N, -B.
    QLineEdit *limitEdit(QuotaField field) const { return m_edits[int(field)]; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *clearButton() const { return m_clear; }
    QString usageText() const;
    QString stateText() const;

signals:
    void statusMessage(const StatusMessage &message);

private:
    QWidget *buildForm();
    void showQuota();
    void apply();
    void applyNext(QList<std::pair<QuotaField, qint64>> changes);
    void clearQuota();
    void setBusy(bool busy);

    ZkSession *m_session;
    QuotaMarker *m_marker;
    QuotaEditor *m_editor;
    QString m_path;
    QLabel *m_title;
    QLabel *m_usage;
    QLabel *m_state;
    QLineEdit *m_edits[4];
    QPushButton *m_apply;
    QPushButton *m_clear;
    bool m_busy = false;
    std::function<void()> m_pendingDone; // what follows a successful edit
};
