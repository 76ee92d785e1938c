#pragma once

#include <QLineEdit>
#include <QStringList>

/// The console's command line: Up/Down walk the history (the line being typed is kept), Tab
/// asks for a path completion, Ctrl+C asks to cancel the running command.
class ConsoleInput final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleInput)

public:
    explicit ConsoleInput(QWidget *parent = nullptr);

    void setHistory(const QStringList &history);
    /// Appends a line to the history and leaves the history walk.
    void remember(const QString &line);

signals:
    void completionRequested();
    void cancelRequested();

protected:
    bool event(QEvent *event) override; // Tab reaches keyPressEvent only through event()
    void keyPressEvent(QKeyEvent *event) override;

private:
    void walk(int step);

    QStringList m_history;
    int m_position = 0; // == m_history.size(): the line being typed
    QString m_typed;
};
