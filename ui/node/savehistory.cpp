#include "node/savehistory.h"

#include "util/actionicons.h"

#include "node/versionedwrite.h"
#include "zk/zksession.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// A record, not an action: SaveHistory does the writes and then moves the stack.
class SavedData final : public QUndoCommand
{
public:
    SavedData(const QString &path, const QByteArray &before, const QByteArray &after, int version)
        : QUndoCommand(QObject::tr("save of %1").arg(path))
        , path(path)
        , before(before)
        , after(after)
        , version(version)
    { }
    void undo() override { }
    void redo() override { }

    QString path;
    QByteArray before;
    QByteArray after;
    int version; // the node's version after the last write this command made
};

} // namespace

SaveHistory::SaveHistory(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(new QUndoStack(this))
{
    m_undo = new QAction(ActionIcons::icon(u"edit-undo"_s), tr("&Undo Save"), this);
    m_undo->setObjectName(QStringLiteral("undoSaveAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_redo = new QAction(ActionIcons::icon(u"edit-redo"_s), tr("&Redo Save"), this);
    m_redo->setObjectName(QStringLiteral("redoSaveAction"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Z));
    connect(m_undo, &QAction::triggered, this, &SaveHistory::undo);
    connect(m_redo, &QAction::triggered, this, &SaveHistory::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &SaveHistory::updateActions);
    updateActions();
}

void SaveHistory::record(const QString &path, const QByteArray &before, const QByteArray &after,
                         int versionAfter)
{
    m_stack->push(new SavedData(path, before, after, versionAfter));
}

void SaveHistory::clear()
{
    m_stack->clear();
    updateActions();
}

void SaveHistory::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void SaveHistory::undo() { apply(true); }

void SaveHistory::redo() { apply(false); }

void SaveHistory::apply(bool undo)
{
    if (m_busy || !m_writable || (undo ? !m_stack->canUndo() : !m_stack->canRedo())) return;
    auto *cmd = const_cast<SavedData *>(
        static_cast<const SavedData *>(m_stack->command(m_stack->index() - (undo ? 1 : 0))));
    m_busy = true;
    updateActions();
    const QByteArray data = undo ? cmd->before : cmd->after;
    const QString path = cmd->path;
    QPointer<SaveHistory> self = this;
    VersionedWrite::start(m_session, m_dialogParent, path, data, cmd->version,
                          [this, self, cmd, undo, data, path](const VersionedWrite::Result &r) {
                              if (!self) return;
                              m_busy = false;
                              switch (r.outcome) {
                              case VersionedWrite::Outcome::Saved:
                                  cmd->version = r.stat.version;
                                  if (undo)
                                      m_stack->undo();
                                  else
                                      m_stack->redo();
                                  emit statusMessage(StatusMessage::info(
                                      undo ? tr("Undid the save of %1").arg(path)
                                           : tr("Redid the save of %1").arg(path)));
                                  emit applied(path, data, r.stat);
                                  break;
                              case VersionedWrite::Outcome::Reloaded:
                                  emit applied(path, r.serverData, r.stat);
                                  break;
                              case VersionedWrite::Outcome::KeptEditing:
                                  break;
                              case VersionedWrite::Outcome::Failed:
                                  emit statusMessage(StatusMessage::error(
                                      tr("Could not write %1: %2").arg(path, r.error.message)));
                                  break;
                              }
                              updateActions();
                          });
}

void SaveHistory::updateActions()
{
    const bool can = m_writable && !m_busy;
    m_undo->setEnabled(can && m_stack->canUndo());
    m_redo->setEnabled(can && m_stack->canRedo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText())
                                       : tr("&Undo Save"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText())
                                       : tr("&Redo Save"));
}
