#pragma once

#include <QString>
#include <QStringList>

/// zkdesk's command line, parsed before any GUI object exists so that --help, --version and a
/// usage error work without a display (over ssh, in a package build, in a script).
struct CommandLine
{
    enum class Outcome {
        Run,             ///< start the window with the options below
        Exit,            ///< help, version or a usage error was printed: return exitCode
        NeedsGuiParsing, ///< an option unknown here, perhaps Qt's own (-platform, -style):
                         ///< parse again once QApplication has taken its options out
    };

    Outcome outcome = Outcome::Run;
    int exitCode = 0;
    bool sandbox = false;
    bool sandboxTls = false;  ///< --sandbox --tls
    bool sandboxSasl = false; ///< --sandbox --sasl
    bool readOnly = false;
    bool connect = false;
    QString connectText;
    QString profile; ///< --profile NAME: a saved connection
    QString path;

    /// Parses `arguments` (the first is the program). Prints help, version and usage errors.
    /// Needs a QCoreApplication (or QApplication) for the program name and version in --help.
    /// With `lastChance`, an unknown option is a usage error instead of NeedsGuiParsing.
    static CommandLine parse(const QStringList &arguments, bool lastChance);
};
