#include "tree/gotopathdialog.h"

#include "tree/pathcompletionsource.h"
#include "util/displaytext.h"
#include "zk/zkpath.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GoToPathDialog::GoToPathDialog(ZkSession *session, const QString &startPath, QWidget *parent)
    : QDialog(parent)
    , m_source(new PathCompletionSource(session, this))
{
    setWindowTitle(tr("Go to Path"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"goToPathEdit"_s);
    m_edit->setPlaceholderText(tr("/path/to/znode"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_hint = new QLabel(tr("Type a path; child names complete from the server."), this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    // The listings are sorted: the completer finds a prefix by binary search, so a parent
    // with 50,000 children completes without scanning them.
    m_completer->setModelSorting(QCompleter::CaseSensitivelySortedModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(14);
    m_edit->setCompleter(m_completer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *goButton = buttons->addButton(tr("Go"), QDialogButtonBox::AcceptRole);
    goButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToPathDialog::go);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_edit, &QLineEdit::textEdited, this, &GoToPathDialog::onTextEdited);
    // Choosing a completion with the keyboard lists its children next, as a location bar does.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &path) { m_source->request(path + u'/'); });
    connect(m_source, &PathCompletionSource::completionsReady, this,
            &GoToPathDialog::onCompletions);
    connect(m_source, &PathCompletionSource::listingFailed, this,
            [this](const QString &parent, const ZkError &error) {
                if (PathCompletionSource::parentOf(m_edit->text()) != parent) return;
                m_hint->setText(tr("%1: %2").arg(DisplayText::shown(parent), error.message));
            });

    const QString start = startPath.isEmpty() ? u"/"_s : startPath;
    m_edit->setText(start == u"/"_s ? start : start + u'/');
    m_edit->selectAll();
    m_source->request(m_edit->text());
}

void GoToPathDialog::onTextEdited(const QString &text)
{
    // "/a/" is on its way to a child: only a finished path is checked.
    const bool typingOn = text.isEmpty() || (text.endsWith(u'/') && text.size() > 1);
    const QString problem = typingOn ? QString() : ZkPath::validate(text);
    m_hint->setText(problem.isEmpty() ? tr("Enter goes to the path.") : problem);
    m_source->request(text);
}

void GoToPathDialog::onCompletions(const QString &parent, const QStringList &paths)
{
    const QString typed = m_edit->text();
    if (PathCompletionSource::parentOf(typed) != parent) return; // the user typed on
    if (m_shownParent != parent) {
        m_shownParent = parent;
        m_model->setStringList(paths);
        m_hint->setText(tr("%n child node(s) under %1", nullptr, int(paths.size()))
                            .arg(DisplayText::shown(parent)));
    }
    if (!isVisible()) return;
    m_completer->setCompletionPrefix(typed);
    const int count = m_completer->completionCount();
    const QString typedName = typed.mid(parent.size() == 1 ? 1 : parent.size() + 1);
    if (count == 0 && !typedName.isEmpty())
        m_hint->setText(tr("No child of %1 starts with \"%2\".")
                            .arg(DisplayText::shown(parent), DisplayText::shown(typedName)));
    // Nothing to offer when the only match is what is typed already.
    if (count > 1 || (count == 1 && typed != m_completer->currentCompletion()))
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void GoToPathDialog::go()
{
    QString path = m_edit->text().trimmed();
    if (path.size() > 1 && path.endsWith(u'/')) path.chop(1);
    if (const QString problem = ZkPath::validate(path); !problem.isEmpty()) {
        m_hint->setText(problem);
        return; // nothing is sent
    }
    m_chosen = path;
    emit pathChosen(path);
    accept();
}
