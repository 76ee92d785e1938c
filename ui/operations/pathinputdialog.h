#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

/// Asks for a node name (rename) or an absolute path (copy to, move to), checked live with the
/// path rules. An info line says what the action will touch (filled in by the caller once it has
/// counted); OK stays disabled until setReady(true).
///
/// Like the create dialog it does not close on OK: it emits submitted() and the caller either
/// closes it (accept()) once the work has started or shows why it was refused (showError()).
class PathInputDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathInputDialog)

public:
    enum class Kind { Name, Path };

    explicit PathInputDialog(Kind kind, QWidget *parent = nullptr);

    /// `path`: the server path the prompt names, in full in its tooltip when it was shortened.
    void setPrompt(const QString &prompt, const QString &path = {});
    QLabel *promptLabel() const { return m_prompt; }
    void setText(const QString &text);
    QString text() const;
    /// A value OK refuses without a message of its own (e.g. the current name).
    void setUnchanged(const QString &value);
    void setOkText(const QString &text);
    void setInfo(const QString &info);
    QString info() const;
    /// OK needs the caller's go too (e.g. the count is done).
    void setReady(bool ready);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    QString errorText() const;
    /// Empty when the text is acceptable.
    QString validationMessage() const { return m_problem; }

    QLineEdit *edit() const { return m_edit; }
    QPushButton *okButton() const { return m_ok; }

signals:
    void submitted(const QString &text);

private:
    void validate();

    Kind m_kind;
    QLabel *m_prompt = nullptr; // Owned by the widget tree (all of them).
    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_unchanged;
    QString m_okText;
    QString m_problem;
    bool m_ready = false;
    bool m_busy = false;
};
