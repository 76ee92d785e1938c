#pragma once

#include <QDialog>

class QPlainTextEdit;
struct WatchLogEntry;

/// The old and new value of a watch-log data change side by side (hex dump when binary).
class ValueDiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueDiffDialog)

public:
    explicit ValueDiffDialog(const WatchLogEntry &entry, QWidget *parent = nullptr);

    QPlainTextEdit *oldView() const { return m_old; }
    QPlainTextEdit *newView() const { return m_new; }
    /// Text for a value: UTF-8 text as is, anything else as a hex dump.
    static QString render(const QByteArray &value, bool *binary = nullptr);

private:
    QPlainTextEdit *m_old = nullptr; // Owned by the widget tree.
    QPlainTextEdit *m_new = nullptr; // Owned by the widget tree.
};
