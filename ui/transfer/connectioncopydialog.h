#pragma once

#include "transfer/connectioncopyjob.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;

/// Copy to Connection… / Move to Connection…: the subtree of one tab goes to another open tab
/// (ConnectionCopyJob). The dialog reads both sides as soon as a target is chosen and says what
/// the copy will touch (the count); Copy/Move asks once more with that count, then shows
/// progress with Cancel, then the report. A move asks again before it deletes the original,
/// and only after a complete copy. Read-only targets are listed but refused.
class ConnectionCopyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCopyDialog)

public:
    /// An open tab the subtree can go to.
    struct Target
    {
        QString title;
        QPointer<ZkSession> session;
    };

    ConnectionCopyDialog(ZkSession *source, const QString &sourceTitle, const QString &path,
                         bool move, QWidget *parent = nullptr);

    /// Opens the dialog (deleted when closed) for `path` of `source`, with the other open
    /// connections as targets; `target` and `parentPath`, when given, are chosen (a drop).
    /// A copy written refreshes the target tab's tree.
    static ConnectionCopyDialog *open(ZkSession *source, const QString &path, bool move,
                                      QWidget *parent, ZkSession *target = nullptr,
                                      const QString &parentPath = {});
    /// The connected tabs of every window but the one of `except`.
    static QList<Target> openConnections(const ZkSession *except);
    void setTargets(const QList<Target> &targets);
    /// Chooses the target tab and the parent the copy goes into, and reads both sides again.
    void setDestination(ZkSession *target, const QString &parentPath);
    /// Reads both sides and plans (nothing is written).
    void check();

    ConnectionCopyJob *job() const { return m_job; }
    QComboBox *targetBox() const { return m_targetBox; }
    QLabel *summary() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }
    QMessageBox *lastBox() const;

signals:
    /// Something was written to `target` below `parentPath` (to refresh its tree).
    void targetChanged(ZkSession *target, const QString &destination);

private:
    void buildForm(const QString &path);
    void buildButtons();
    ZkSession *target() const;
    QString destination() const;
    void onPrepared(const ZkError &error);
    void confirmRun();
    void onCopied(const SyncReport &report);
    void confirmDeleteSource();
    void onSourceDeleted(const DeleteReport &report);
    void showReport(const JobReport &report, const QString &headline, bool ok,
                    const QStringList &lines);
    void setBusy(bool busy);
    QString verb() const;

    QPointer<ZkSession> m_source;
    QString m_sourceTitle;
    QString m_path;
    bool m_move = false;
    QPointer<ConnectionCopyJob> m_job;
    QComboBox *m_targetBox = nullptr;
    QLineEdit *m_parent = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<QMessageBox> m_box;
};
