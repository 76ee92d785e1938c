#pragma once

#include "util/statusmessage.h"

#include "zk/zkstat.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QUndoStack;
class ZkSession;

/// Undo/redo of the data saves made in this session (a QUndoStack of before/after values).
///
/// Undo writes the previous value back with the version the node had after the recorded save,
/// through VersionedWrite: if someone changed the node since, the conflict dialog asks first.
/// The stack only moves once the write succeeded, so its position always matches the server.
/// The commands themselves do nothing in undo()/redo(): the writes are asynchronous.
class SaveHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveHistory)

public:
    SaveHistory(ZkSession *session, QObject *parent = nullptr);

    /// A save of `path` changed `before` into `after`, leaving the node at `versionAfter`.
    void record(const QString &path, const QByteArray &before, const QByteArray &after,
                int versionAfter);
    void clear();
    void undo();
    void redo();
    bool isBusy() const { return m_busy; }

    QUndoStack *stack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// Window that parents the conflict dialog.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setWritable(bool writable);

signals:
    /// Undo or redo wrote `data` to `path` (or the user reloaded the server's `data`).
    void applied(const QString &path, const QByteArray &data, const ZkStat &stat);
    void statusMessage(const StatusMessage &message);

private:
    void apply(bool undo);
    void updateActions();

    ZkSession *m_session = nullptr;  // Not owned.
    QUndoStack *m_stack = nullptr;   // Owned (QObject child).
    QAction *m_undo = nullptr;       // Owned (QObject child).
    QAction *m_redo = nullptr;       // Owned (QObject child).
    QPointer<QWidget> m_dialogParent;
    bool m_busy = false;
    bool m_writable = true;
};
