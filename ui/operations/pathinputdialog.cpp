#include "operations/pathinputdialog.h"

#include "util/inputerrorlabel.h"
#include "util/servertext.h"
#include "zk/zkpath.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PathInputDialog::PathInputDialog(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(u"pathInputDialog"_s);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    ServerText::makePlain(m_prompt);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"pathInputEdit"_s);
    m_edit->setMinimumWidth(420);
    m_message = makeInputErrorLabel(this, u"pathInputMessage"_s);
    m_info = new QLabel(this);
    m_info->setObjectName(u"pathInputInfo"_s);
    m_info->setWordWrap(true);
    ServerText::makePlain(m_info);
    m_error = makeInputErrorLabel(this, u"pathInputError"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"pathInputOk"_s);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem.isEmpty() && m_ready && !m_busy) emit submitted(text());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &PathInputDialog::validate);
    validate();
}

void PathInputDialog::setPrompt(const QString &prompt, const QString &path)
{
    m_prompt->setText(prompt);
    m_prompt->setToolTip(QString());
    ServerText::keepFullText(m_prompt, path);
}
QString PathInputDialog::text() const { return m_edit->text(); }
void PathInputDialog::setInfo(const QString &info) { m_info->setText(info); }
QString PathInputDialog::info() const { return m_info->text(); }
QString PathInputDialog::errorText() const { return m_error->text(); }

void PathInputDialog::setText(const QString &text)
{
    m_edit->setText(text);
    // Select what is usually retyped: the whole name, or the last component of a path.
    const qsizetype slash = m_kind == Kind::Path ? text.lastIndexOf(u'/') + 1 : 0;
    m_edit->setSelection(int(slash), int(text.size() - slash));
}

void PathInputDialog::setUnchanged(const QString &value)
{
    m_unchanged = value;
    validate();
}

void PathInputDialog::setOkText(const QString &text)
{
    m_okText = text;
    m_ok->setText(text);
}

void PathInputDialog::setReady(bool ready)
{
    m_ready = ready;
    validate();
}

void PathInputDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_edit->setReadOnly(busy);
    m_ok->setText(busy && !what.isEmpty() ? what : m_okText);
    if (busy) showError(QString());
    validate();
}

void PathInputDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PathInputDialog::validate()
{
    const QString t = m_edit->text();
    QString problem = m_kind == Kind::Name ? ZkPath::validateName(t) : ZkPath::validate(t);
    // Typing starts from an empty field or the current value: neither deserves a red line.
    const bool quiet = t.isEmpty() || t == m_unchanged;
    if (problem.isEmpty() && t == m_unchanged)
        problem = tr("Enter a different %1").arg(m_kind == Kind::Name ? tr("name") : tr("path"));
    m_problem = problem;
    m_message->setText(quiet ? QString() : problem);
    m_message->setVisible(!quiet && !problem.isEmpty());
    m_ok->setEnabled(m_problem.isEmpty() && m_ready && !m_busy);
}
