#pragma once

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;
class ZkSession;

/// The Node menu / tree context menu entries of issue 13: Export subtree…, Import…, Compare
/// with…, Copy to Connection…, Move to Connection…. Each opens its dialog for the current path
/// (export: a file chooser, then SubtreeExportJob with progress, cancel and a result box).
class TransferActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferActions)

public:
    TransferActions(ZkSession *session, QWidget *window, std::function<QString()> currentPath,
                    QObject *parent = nullptr);

    void addTo(QMenu *menu) const;
    void exportSubtree(const QString &path, const QString &file);
    /// Copy to Connection… / Move to Connection… for `path` (ConnectionCopyDialog).
    void copyToConnection(const QString &path, bool move);

private:
    ZkSession *m_session;
    QWidget *m_window;
    std::function<QString()> m_currentPath;
    QAction *m_export;
    QAction *m_import;
    QAction *m_compare;
    QAction *m_copyToConnection;
    QAction *m_moveToConnection;
};
