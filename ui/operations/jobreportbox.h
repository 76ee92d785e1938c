#pragma once

#include "jobs/jobreport.h"

#include <QCoreApplication>
#include <QStringList>

class QMessageBox;
class QWidget;

/// The result box of a subtree job (delete, copy, move), so that every flow words and lays out
/// its outcome the same way: a headline, one line per bucket that is not empty, and the paths
/// that went wrong in the details.
class JobReportBox final
{
    Q_DECLARE_TR_FUNCTIONS(JobReportBox)

public:
    /// Starts with "Cancelled." and the reason the job stopped, when there is one.
    JobReportBox(const JobReport &report, const QString &headline);

    /// A line for a bucket that is not empty; `text` takes the count as %1.
    void addCount(qint64 count, const QString &text);
    void addLine(const QString &line);
    /// The failed, not attempted and unknown buckets; the notes follow their counts.
    void addTally(const QString &failedNote, const QString &notAttemptedNote = {});
    /// One detail line per path (`format` takes the path and the reason), at most a few hundred.
    /// Paths go through ServerText::path(); the other texts must have been already.
    void addDetails(const QList<PathError> &failures, qint64 count, const QString &format);
    void addDetailPaths(const QStringList &paths, const QString &format);

    const QString &headline() const { return m_headline; }
    /// The headline and the lines on one line, for the status bar.
    QString summary() const;
    /// A window-modal box deleted on close; `ok` picks the icon.
    QMessageBox *open(bool ok, const QString &title, const QString &objectName,
                      QWidget *parent) const;

private:
    const JobReport &m_report;
    QString m_headline;
    QStringList m_lines;
    QStringList m_details;
};
