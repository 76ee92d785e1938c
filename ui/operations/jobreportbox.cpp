#include "operations/jobreportbox.h"

#include "util/messageboxwidth.h"
#include "util/servertext.h"

#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxDetailLines = 200;
}

JobReportBox::JobReportBox(const JobReport &report, const QString &headline)
    : m_report(report)
    , m_headline(headline)
{
    if (report.cancelled) m_lines << tr("Cancelled.");
    if (report.error) m_lines << tr("Stopped: %1").arg(report.error.message);
}

void JobReportBox::addCount(qint64 count, const QString &text)
{
    if (count > 0) m_lines << text.arg(QLocale().toString(count));
}

void JobReportBox::addLine(const QString &line) { m_lines << line; }

void JobReportBox::addTally(const QString &failedNote, const QString &notAttemptedNote)
{
    addCount(m_report.failed, tr("Failed: %1") + failedNote);
    addCount(m_report.notAttempted, tr("Not attempted: %1") + notAttemptedNote);
    addCount(m_report.unknown, tr("Unknown: %1 (in flight when the connection was lost)"));
}

void JobReportBox::addDetails(const QList<PathError> &failures, qint64 count, const QString &format)
{
    const qsizetype shown =
        qMin(failures.size(), qMax<qsizetype>(0, kMaxDetailLines - m_details.size()));
    for (const PathError &f : failures.first(shown))
        m_details << format.arg(ServerText::path(f.path), f.error.message);
    if (count > shown) m_details << tr("… and %1 more").arg(QLocale().toString(count - shown));
}

void JobReportBox::addDetailPaths(const QStringList &paths, const QString &format)
{
    const qsizetype shown =
        qMin(paths.size(), qMax<qsizetype>(0, kMaxDetailLines - m_details.size()));
    for (const QString &p : paths.first(shown)) m_details << format.arg(ServerText::path(p));
}

QString JobReportBox::summary() const
{
    return m_lines.isEmpty() ? m_headline : m_headline + u' ' + m_lines.join(u' ');
}

QMessageBox *JobReportBox::open(bool ok, const QString &title, const QString &objectName,
                                QWidget *parent) const
{
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title,
                                m_headline, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(m_lines.join(u'\n'));
    if (!m_details.isEmpty()) box->setDetailedText(m_details.join(u'\n'));
    ServerText::makePlain(box);
    widenMessageBox(box);
    box->open();
    return box;
}
