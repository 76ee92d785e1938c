#pragma once

#include "transfer/importjob.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class ZkSession;

/// Import…: a file (zkdesk, ZooNavigator, zk_shell; gzipped or not), a target path and a mode;
/// Dry run reads and checks everything and lists the planned writes; Import writes them (with
/// progress and cancel) and shows the report. Nothing is written before Import is pressed.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(ZkSession *session, const QString &targetPath, QWidget *parent = nullptr);

    void setFile(const QString &file);
    void startDryRun();
    ImportJob &job() { return m_job; }
    QTreeWidget *listing() const { return m_listing; }
    QLabel *summary() const { return m_summary; }

private:
    QFormLayout *buildForm(const QString &targetPath);
    QDialogButtonBox *buildButtons();
    void connectJob();
    void onPrepared(const ZkError &error);
    void onFinished(const SyncReport &report);
    void setBusy(bool busy);

    ImportJob m_job;
    bool m_readOnly = false;
    QLineEdit *m_file;
    QLineEdit *m_target;
    QComboBox *m_mode;
    QPushButton *m_dryRun;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_listing;
};
