#pragma once

#include <QMetaType>

/// Where a console line goes: the command's result (stdout), an error (stderr), or a note about
/// how a result was obtained ("computed on the client ...", stderr for the CLI, so a script
/// reading stdout gets zkCli's format only).
enum class ConsoleStream { Out, Err, Note };
Q_DECLARE_METATYPE(ConsoleStream)
