#pragma once

#include "console/consoleexecutor.h"

#include <QTest>

namespace TestUtil {

/// What one console line printed, by stream, and whether it succeeded.
struct ConsoleResult
{
    QStringList out;
    QStringList err;
    QStringList notes;
    bool ok = false;
    bool done = false;
};

/// Runs one line on `executor` and waits (event loop running) for its finished().
inline ConsoleResult runLine(ConsoleExecutor &executor, const QString &line, int timeoutMs = 30000)
{
    ConsoleResult result;
    QMetaObject::Connection output = QObject::connect(
        &executor, &ConsoleExecutor::output, [&result](const QString &text, ConsoleStream stream) {
            (stream == ConsoleStream::Out       ? result.out
                 : stream == ConsoleStream::Err ? result.err
                                                : result.notes)
                << text;
        });
    QMetaObject::Connection finished =
        QObject::connect(&executor, &ConsoleExecutor::finished, [&result](bool ok) {
            result.ok = ok;
            result.done = true;
        });
    executor.execute(line);
    if (!QTest::qWaitFor([&] { return result.done; }, timeoutMs))
        result.err << QStringLiteral("test: no finished() in time");
    QObject::disconnect(output);
    QObject::disconnect(finished);
    return result;
}

} // namespace TestUtil
