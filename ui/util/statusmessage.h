#pragma once

#include <QMetaType>
#include <QString>

/// One line for the main window's status bar, and how it is meant: the typed payload of every
/// widget's statusMessage() signal.
struct StatusMessage
{
    enum class Severity { Info, Error };

    QString text;
    Severity severity = Severity::Info;

    static StatusMessage info(const QString &text) { return {text, Severity::Info}; }
    static StatusMessage error(const QString &text) { return {text, Severity::Error}; }
    /// Info when `ok`, Error otherwise: the end of an operation that may have failed.
    static StatusMessage outcome(const QString &text, bool ok)
    {
        return ok ? info(text) : error(text);
    }

    bool isError() const { return severity == Severity::Error; }
};
Q_DECLARE_METATYPE(StatusMessage)
