#pragma once

#include <QDialog>

class PathCompletionSource;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class ZkSession;

/// Go to Path (Ctrl+L), like a file manager's location bar: type or paste a path, child names
/// complete from the server as you type (PathCompletionSource), Enter goes there. A malformed
/// path is explained under the field and nothing is sent.
class GoToPathDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToPathDialog)

public:
    GoToPathDialog(ZkSession *session, const QString &startPath, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    /// The path accepted with Enter.
    QString chosenPath() const { return m_chosen; }

signals:
    void pathChosen(const QString &path);

private:
    void onTextEdited(const QString &text);
    void onCompletions(const QString &parent, const QStringList &paths);
    void go();

    PathCompletionSource *m_source = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    QString m_shownParent; ///< the parent whose children the completer holds
    QString m_chosen;
};
