#pragma once

#include "util/statusmessage.h"

#include "node/versionedwrite.h"
#include "zk/zkstat.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class AclView;
class DataBanner;
class NodeDataView;
class NodeLiveFollower;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTabWidget;
class SaveHistory;
class StatView;
class ZkSession;
struct DataReply;

/// The right-hand side: the selected node's path, its data (an editor) and its Stat.
///
/// Data is fetched with an async getData() every time a node is shown; a reply for a node that
/// is no longer shown is dropped (a serial number), so fast arrow-key browsing never shows the
/// data of the wrong node. Save writes with the dataVersion that was loaded (VersionedWrite);
/// nothing is written unless the user changed the data.
class NodePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodePanel)

public:
    explicit NodePanel(ZkSession *session, QWidget *parent = nullptr);

    /// Shows `path`, with `knownStat` (from the tree) until the fresh one arrives. Unsaved
    /// edits are dropped: ask with confirmLeave() first.
    void showNode(const QString &path, const std::optional<ZkStat> &knownStat = std::nullopt);
    /// Fetches the shown node's data and Stat again (asks first when there are unsaved edits).
    void reload();
    void clear();

    QString path() const { return m_path; }
    /// Adds `action` (e.g. "Copy path") next to the path line.
    void addPathAction(QAction *action);

    /// Where successful saves are recorded for undo (not owned; may be null).
    void setSaveHistory(SaveHistory *history);
    /// A read-only connection: the editor is read-only and Save disabled.
    void setReadOnly(bool readOnly);
    bool isDirty() const;
    /// dataVersion of the shown data (what Save sends), -1 when nothing is loaded.
    int loadedVersion() const { return m_loaded ? m_version : -1; }
    /// Saves the shown node; `done(true)` once written (or when there was nothing to write).
    void save(std::function<void(bool saved)> done = {});
    /// Runs `proceed` at once when there are no unsaved edits; else asks Save / Discard /
    /// Cancel (window-modal, not blocking) and runs `proceed` after a save or a discard, or
    /// `cancelled` otherwise.
    void confirmLeave(std::function<void()> proceed, std::function<void()> cancelled = {});
    /// Another writer of this session (undo/redo) set `path` to `data`.
    void onWritten(const QString &path, const QByteArray &data, const ZkStat &stat);

    // Live data: NodeLiveFollower re-reads the shown node when its data watch fires and hands
    // the reply here.
    /// The shown node's data changed on the server. Without unsaved edits the view updates;
    /// with them the edit is kept and a banner says saving will go through the conflict check.
    void nodeChangedOnServer(const DataReply &reply);
    /// The shown node was deleted on the server: a banner says so (an edit is kept).
    void nodeDeletedOnServer(const QString &path);
    /// The live-change banner's text, empty when hidden.
    QString serverNotice() const;

    NodeDataView *dataView() const { return m_data; }
    StatView *statView() const { return m_stat; }
    AclView *aclView() const { return m_acl; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    NodeLiveFollower *liveFollower() const { return m_follower; }

signals:
    void statusMessage(const StatusMessage &message);
    void dirtyChanged(bool dirty);

private:
    void fetch();
    void updateDirty();
    void showLoaded(const QByteArray &data, const ZkStat &stat);
    void showError(const QString &title, const QString &text);
    QHBoxLayout *buildPathRow();
    void createActions();
    void showReadError(const DataReply &reply, quint64 generation);
    struct SaveRequest
    {
        QString path;
        quint64 generation = 0;
        QByteArray before;
        QByteArray after;
        std::function<void(bool saved)> done;
    };
    void startSave(SaveRequest request);
    void onSaveFinished(const SaveRequest &request, const VersionedWrite::Result &result);
    void showSaveError(const QString &path, const ZkError &error);

    ZkSession *m_session = nullptr;
    QPointer<SaveHistory> m_history;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_dirtyLabel = nullptr;
    QHBoxLayout *m_pathRow = nullptr;
    QTabWidget *m_tabs = nullptr;
    NodeDataView *m_data = nullptr;
    StatView *m_stat = nullptr;
    AclView *m_acl = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QString m_path;
    int m_version = -1;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_saving = false;
    quint64 m_generation = 0; // bumped per request; older replies are dropped
    DataBanner *m_serverBanner = nullptr;
    NodeLiveFollower *m_follower = nullptr;
    ZkStat m_liveStat; // Stat of the data shown, the "old" side of a change
};
