#pragma once

#include <QObject>
#include <QString>

class ZkSession;
struct DataReply;
struct NodeEvent;

/// Keeps the shown node's data following the server: declares a data watch on it
/// (ZkWatchRegistry) and re-reads it each time the watch fires; the re-read re-arms the watch,
/// so nothing between the event and the re-arm is missed.
///
/// Convergence under a write storm: at most one re-read is in flight. An event that arrives
/// while one is (another owner of the session's shared watch re-armed it) only marks the node
/// dirty, and the node is read once more when the reply arrives. The last read is therefore
/// always sent after the last event, and its reply is the server's final state; a read per event
/// would flood the queue without being more correct.
class NodeLiveFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeLiveFollower)

public:
    explicit NodeLiveFollower(ZkSession *session, QObject *parent = nullptr);

    /// Follows `path` from now on (empty: nothing); replies for the previous node are dropped.
    void follow(const QString &path);
    QString path() const { return m_path; }
    /// Re-reads sent since the last follow() (for tests: a storm must not send one per event).
    int rereads() const { return m_rereads; }

signals:
    /// The followed node's data or Stat changed on the server; `reply` is what it is now.
    void changed(const DataReply &reply);
    /// The followed node is gone; an exists watch tells when it is back (then changed()).
    void deleted(const QString &path);

private:
    void onNodeEvent(const NodeEvent &event);
    void reread();
    void onReply(quint64 generation, const DataReply &reply);
    void onDeleted();

    ZkSession *m_session = nullptr;
    QString m_path;
    quint64 m_generation = 0; // bumped by follow(); older replies are dropped
    bool m_reading = false;   // a re-read is in flight
    bool m_dirty = false;     // an event arrived while it was
    int m_rereads = 0;
};
