#include "operations/jobprogressdialog.h"

#include "util/servertext.h"

#include <QLabel>
#include <QPushButton>

JobProgressDialog::JobProgressDialog(const QString &name, const QString &title,
                                     const QString &label, int maximum, QWidget *parent)
    : QProgressDialog(label, QString(), 0, maximum, parent)
{
    setObjectName(name);
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    if (auto *text = findChild<QLabel *>()) // the labels name the paths being worked on
        ServerText::makePlain(text);
    m_cancel = new QPushButton(tr("Cancel"), this);
    QString cancelName = name;
    cancelName.replace(QStringLiteral("Progress"), QStringLiteral("CancelButton"));
    m_cancel->setObjectName(cancelName);
    setCancelButton(m_cancel);
    // Replace QProgressDialog's canceled() -> cancel() (which hides and resets the dialog).
    QObject::disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, &JobProgressDialog::cancelRequested);
}

void JobProgressDialog::showCancelling()
{
    setLabelText(tr("Cancelling: waiting for the requests already sent…"));
    m_cancel->setEnabled(false);
    show();
}

void JobProgressDialog::dismiss()
{
    hide();
    deleteLater();
}
