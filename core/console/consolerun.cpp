#include "console/consolerun.h"

#include "console/zkclitext.h"
#include "zk/zksession.h"

#include <QJsonDocument>

ConsoleRun::ConsoleRun(ZkSession *session, const ConsoleSettings &settings,
                       const ConsoleCommand &command, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_command(command)
{ }

void ConsoleRun::out(const QStringList &lines)
{
    for (const QString &line : lines) out(line);
}

void ConsoleRun::json(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void ConsoleRun::fail(const ZkError &error, const QString &path)
{
    err(ZkCliText::errorLine(error, path));
    finish(false);
}

void ConsoleRun::usage(const QString &why)
{
    if (!why.isEmpty()) err(why);
    if (const ConsoleCommandSpec *spec = ConsoleGrammar::find(m_command.name)) err(spec->usage);
    finish(false);
}

void ConsoleRun::finish(bool ok)
{
    if (m_finished) return;
    m_finished = true;
    emit finished(ok);
}
