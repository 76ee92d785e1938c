#pragma once

#include "zk/zkerror.h"
#include "zk/zkstat.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;
class ZkSession;

/// One version-checked write of a node's data, the only way the UI saves data.
///
/// Sends setData with the version the data was loaded at. On ZBADVERSION it fetches the
/// server's current data and asks the user with a ConflictDialog (opened window-modal, never a
/// nested exec()); Overwrite retries with the version just fetched (and asks again if that one
/// is stale too), Reload hands back the server's data, Keep editing writes nothing. There is
/// no path that overwrites without the user choosing it.
class VersionedWrite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionedWrite)

public:
    enum class Outcome { Saved, Reloaded, KeptEditing, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        ZkStat stat;           ///< Saved: the new Stat; Reloaded: the server's Stat
        QByteArray serverData; ///< Reloaded: the server's data
        ZkError error;         ///< Failed
    };
    using Done = std::function<void(const Result &)>;

    /// Starts the write; `done` runs exactly once, later, unless `dialogParent` dies first.
    static VersionedWrite *start(ZkSession *session, QWidget *dialogParent, const QString &path,
                                 const QByteArray &data, int version, Done done);

private:
    VersionedWrite(ZkSession *session, QWidget *dialogParent, const QString &path,
                   const QByteArray &data, Done done);
    void write(int version);
    void askUser();
    void finish(const Result &result);

    ZkSession *m_session = nullptr; // Not owned.
    QPointer<QWidget> m_parent;     // The dialog's parent; also this object's parent.
    QString m_path;
    QByteArray m_data;
    int m_loadedVersion = -1;
    Done m_done;
};
