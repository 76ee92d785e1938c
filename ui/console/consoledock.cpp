#include "console/consoledock.h"

#include "console/consoleexecutor.h"
#include "console/consolegrammar.h"
#include "console/consoleinput.h"
#include "console/pathcompletion.h"
#include "util/displaytext.h"
#include "zk/zksession.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConsoleDock::ConsoleDock(ZkSession *session, QWidget *parent)
    : QDockWidget(tr("Console"), parent)
    , m_session(session)
    , m_executor(new ConsoleExecutor(session, false, this))
    , m_output(new QPlainTextEdit(this))
    , m_input(new ConsoleInput(this))
    , m_prompt(new QLabel(this))
{
    setObjectName(u"consoleDock"_s);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_output->setReadOnly(true);
    m_output->setFont(mono);
    m_output->setMaximumBlockCount(20000);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setFont(mono);
    m_input->setPlaceholderText(
        tr("zkCli command, e.g. ls -s /  (help lists them; Tab completes paths)"));
    m_prompt->setFont(mono);
    m_prompt->setTextFormat(Qt::PlainText);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear the output"));
    connect(clear, &QToolButton::clicked, m_output, &QPlainTextEdit::clear);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_output, 1);
    auto *line = new QHBoxLayout;
    line->addWidget(m_prompt);
    line->addWidget(m_input, 1);
    line->addWidget(clear);
    layout->addLayout(line);
    setWidget(body);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text();
        m_input->clear();
        run(text);
    });
    connect(m_input, &ConsoleInput::completionRequested, this, &ConsoleDock::completePath);
    connect(m_input, &ConsoleInput::cancelRequested, m_executor, &ConsoleExecutor::cancel);
    connect(m_executor, &ConsoleExecutor::output, this, &ConsoleDock::append);
    connect(m_executor, &ConsoleExecutor::finished, this, [this] {
        saveHistory();
        updatePrompt();
    });
    connect(m_executor, &ConsoleExecutor::quitRequested, this, &QWidget::hide);
    connect(session, &ZkSession::stateChanged, this, &ConsoleDock::updatePrompt);
    connect(session, &ZkSession::sessionStarted, this, &ConsoleDock::loadHistory);
    updatePrompt();
}

void ConsoleDock::setHistoryKeyProvider(std::function<QString()> provider)
{
    m_historyKey = std::move(provider);
    loadHistory();
}

namespace {
// What the console echoes and remembers of a line: addauth's credentials stay out of both.
QString withoutSecret(const QString &line)
{
    const QStringList words = ConsoleGrammar::tokenize(line);
    if (words.value(0) != u"addauth" || words.size() < 3) return line.trimmed();
    return u"addauth %1 %2"_s.arg(words[1],
                                  words[1] == u"digest" ? words[2].section(u':', 0, 0) : QString());
}
} // namespace

void ConsoleDock::run(const QString &line)
{
    const QString shown = withoutSecret(line);
    append(m_prompt->text() + u' ' + shown, ConsoleStream::Note);
    m_input->remember(shown);
    m_executor->execute(line);
}

void ConsoleDock::append(const QString &text, ConsoleStream stream)
{
    QTextCharFormat format;
    if (stream == ConsoleStream::Err)
        format.setForeground(QColor(0xc6, 0x28, 0x28));
    else if (stream == ConsoleStream::Note)
        format.setForeground(palette().color(QPalette::PlaceholderText));
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty()) cursor.insertBlock();
    // Server text is shown exactly: control and bidi characters become visible markers.
    cursor.insertText(DisplayText::visible(text), format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void ConsoleDock::completePath()
{
    const QString line = m_input->text();
    const PathCompletion::Query query = PathCompletion::query(line, m_input->cursorPosition());
    if (!query.isValid()) return;
    m_session->getChildren(query.parent, false, this, [this, line, query](const ChildrenReply &r) {
        if (r.error || m_input->text() != line) return; // the user typed on meanwhile
        const PathCompletion::Result result = PathCompletion::complete(line, query, r.children);
        m_input->setText(result.line);
        m_input->setCursorPosition(int(result.cursor));
        if (!result.candidates.isEmpty())
            append(result.candidates.join(u"  "_s), ConsoleStream::Note);
    });
}

void ConsoleDock::loadHistory()
{
    const QString key = m_historyKey ? m_historyKey() : QString();
    if (key == m_loadedKey && !m_executor->history().isEmpty()) return;
    m_loadedKey = key;
    QSettings settings;
    const QStringList history =
        settings.value(u"console/history/"_s + QString::fromLatin1(key.toUtf8().toHex()))
            .toStringList();
    m_executor->setHistory(history);
    m_input->setHistory(history);
}

void ConsoleDock::saveHistory()
{
    QStringList history = m_executor->history();
    if (history.size() > kMaxHistory) history = history.mid(history.size() - kMaxHistory);
    QSettings settings;
    // Hex: a profile name or connection string may hold '/' and other key separators.
    settings.setValue(u"console/history/"_s + QString::fromLatin1(m_loadedKey.toUtf8().toHex()),
                      history);
}

void ConsoleDock::updatePrompt()
{
    const QString server =
        m_session->connectedServer().isEmpty() ? tr("not connected") : m_session->connectedServer();
    m_prompt->setText(u"[zk: %1(%2) %3]"_s
                          .arg(DisplayText::shown(server, 60), sessionStateName(m_session->state()))
                          .arg(m_executor->history().size()));
}
