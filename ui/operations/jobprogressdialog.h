#pragma once

#include <QProgressDialog>

class QPushButton;

/// The progress dialog of a long subtree job (delete, copy, move, ACL apply). Its Cancel does
/// not close it: QProgressDialog's own would hide the dialog at once while the batches already
/// sent still finish. Instead cancelRequested() is emitted and the dialog stays up, saying it is
/// waiting, until the job's report is ready and the owner dismisses it.
class JobProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDialog)

public:
    /// `name` is the object name; the Cancel button is named `name` + "CancelButton" minus
    /// "Progress" (deleteProgress -> deleteCancelButton), as the UI tests look it up.
    JobProgressDialog(const QString &name, const QString &title, const QString &label, int maximum,
                      QWidget *parent);

    /// Cancel was pressed: say that the requests already sent are awaited, disable Cancel.
    void showCancelling();
    /// Hides the dialog and deletes it later (safe from its own signal handlers).
    void dismiss();

signals:
    void cancelRequested();

private:
    QPushButton *m_cancel; // Owned by the dialog.
};
