#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// What the watch log records.
enum class WatchLogType {
    Created,
    Deleted,
    DataChanged,
    ChildrenChanged,
    SessionState,
    Note, ///< not a watch event: something the log must say (e.g. a subtree watch cap hit)
};

/// One line of the watch log. Values are kept only for data changes of nodes whose data a
/// part of the app re-read after the event (the selected node, a watched subtree).
struct WatchLogEntry
{
    quint64 seq = 0;   ///< 1, 2, 3, ... in arrival order, never reused
    qint64 timeMs = 0; ///< local wall clock, ms since the epoch
    qint64 sessionId = 0;
    WatchLogType type = WatchLogType::Note;
    QString path;        ///< empty for session events
    qint64 oldSize = -1; ///< data bytes (data changes) or child count (children); -1 unknown
    qint64 newSize = -1;
    QString detail;               ///< state name, "+a −b" for children, the note's text
    bool hasNewValue = false;     ///< newValue is the value read after the event
    bool hasOldValue = false;     ///< oldValue is the value shown before it
    bool valuesTruncated = false; ///< a value was cut at the per-event cap
    bool valuesDropped = false;   ///< the values were dropped to keep the total under its cap
    qint32 oldVersion = -1;       ///< data version shown before the event; -1 unknown
    qint32 newVersion = -1;       ///< data version read after the event
    /// Watch events folded into this entry while its re-read was on its way (a storm fires the
    /// watch again before the re-read lands); the version range says how many changes it spans.
    int coalescedEvents = 0;
    QByteArray oldValue;
    QByteArray newValue;

    qint64 valueBytes() const { return oldValue.size() + newValue.size(); }
};

/// Short lower-case name ("data changed"), as shown and exported.
QString watchLogTypeName(WatchLogType type);
