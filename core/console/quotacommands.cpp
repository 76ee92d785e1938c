#include "console/quotacommands.h"

#include "console/consolerun.h"
#include "quota/quotaeditor.h"
#include "quota/quotascan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QuotaEditor *editorFor(ConsoleRun &run)
{
    auto *editor = new QuotaEditor(run.session(), &run);
    QObject::connect(editor, &QuotaEditor::finished, &run,
                     [&run](const ZkError &error, const QStringList &warnings) {
                         if (error.code == ZkCode::BadArguments) {
                             run.err(error.message);
                             return run.finish(false);
                         }
                         if (error) return run.fail(error, run.command().arg(0));
                         for (const QString &warning : warnings) run.err(warning);
                         run.finish(true);
                     });
    return editor;
}

} // namespace

namespace QuotaCommands {

void setQuota(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    if (c.options.size() != 1)
        return run.usage(
            QCoreApplication::translate("QuotaCommands", "give exactly one of -n, -b, -N, -B"));
    const QChar flag = c.options.keys().first();
    QuotaField field;
    quotaFieldFromFlag(flag, &field);
    bool ok = false;
    const qint64 value = c.options.value(flag).toLongLong(&ok);
    if (!ok)
        return run.usage(QCoreApplication::translate(
            "QuotaCommands", "NumberFormatException happens when parsing the option value"));
    editorFor(run)->setLimit(c.arg(0), field, value);
}

void delQuota(ConsoleRun &run)
{
    const ConsoleCommand &c = run.command();
    if (c.options.size() > 1)
        return run.usage(
            QCoreApplication::translate("QuotaCommands", "give at most one of -n, -b, -N, -B"));
    QuotaField field = QuotaField::Count;
    if (!c.options.isEmpty()) quotaFieldFromFlag(c.options.keys().first(), &field);
    editorFor(run)->clear(c.arg(0), field, c.options.isEmpty());
}

void listQuota(ConsoleRun &run)
{
    const QString path = run.command().arg(0);
    auto *scan = new QuotaScan(run.session(), &run);
    QObject::connect(scan, &QuotaScan::finished, &run, [&run, scan, path](const ZkError &error) {
        if (error) return run.fail(error, QuotaPaths::root());
        run.out(QCoreApplication::translate("QuotaCommands", "absolute path is %1")
                    .arg(QuotaPaths::limitsNode(path)));
        const NodeQuota quota = scan->quotas().value(path);
        if (!quota.exists) {
            run.err(QCoreApplication::translate("QuotaCommands", "quota for %1 does not exist.")
                        .arg(path));
            return run.finish(false);
        }
        run.out(
            u"Output quota for %1 %2"_s.arg(path, QString::fromUtf8(quota.limits.limitsText())));
        run.out(u"Output stat for %1 %2"_s.arg(path, QString::fromUtf8(quota.usage.usageText())));
        for (const QString &phrase : quota.exceeded()) run.note(path + u": "_s + phrase);
        run.finish(true);
    });
    scan->start();
}

} // namespace QuotaCommands
