#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

/// Wording shared by the delete, copy and move dialogs, so they count the same way.
namespace OperationText {

/// "1 node", "2,013 nodes".
inline QString nodes(qint64 n)
{
    return n == 1 ? QCoreApplication::translate("OperationText", "1 node")
                  : QCoreApplication::translate("OperationText", "%1 nodes")
                            .arg(QLocale().toString(n));
}

/// "in 1.2 s (1,650 nodes/s)"; empty when too quick to say anything useful.
inline QString rate(qint64 count, qint64 elapsedMs)
{
    if (elapsedMs <= 0)
        return {};
    return QCoreApplication::translate("OperationText", "in %1 s (%2 nodes/s)")
            .arg(QLocale().toString(elapsedMs / 1000.0, 'f', 1),
                 QLocale().toString(qRound64(count * 1000.0 / elapsedMs)));
}

} // namespace OperationText
