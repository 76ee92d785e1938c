#include "console/consoleinput.h"

#include <QKeyEvent>

ConsoleInput::ConsoleInput(QWidget *parent)
    : QLineEdit(parent)
{ }

void ConsoleInput::setHistory(const QStringList &history)
{
    m_history = history;
    m_position = int(m_history.size());
}

void ConsoleInput::remember(const QString &line)
{
    if (!line.trimmed().isEmpty() && m_history.value(m_history.size() - 1) != line)
        m_history << line;
    m_position = int(m_history.size());
    m_typed.clear();
}

bool ConsoleInput::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            emit completionRequested();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void ConsoleInput::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up) return walk(-1);
    if (event->key() == Qt::Key_Down) return walk(+1);
    if (event->key() == Qt::Key_C && event->modifiers() == Qt::ControlModifier
        && !hasSelectedText()) {
        emit cancelRequested();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ConsoleInput::walk(int step)
{
    const int next = qBound(0, m_position + step, int(m_history.size()));
    if (next == m_position) return;
    if (m_position == m_history.size()) m_typed = text();
    m_position = next;
    setText(m_position == m_history.size() ? m_typed : m_history[m_position]);
}
