#include "node/conflictdialog.h"

#include "settings/appsettings.h"
#include "theme/themecolors.h"
#include "util/datacodec.h"
#include "util/displaytext.h"
#include "util/statformat.h"
#include "util/textdiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPlainTextEdit *textBox(const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlainText(text);
    return edit;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

// A unified diff as coloured HTML: removed lines red, added green, hunk headers grey.
QString diffHtml(const QString &unified, const QPalette &palette)
{
    using ThemeColors::Accent;
    const QString hunk = ThemeColors::muted(palette).name();
    const QString removed = ThemeColors::background(Accent::Error, palette).name();
    const QString added = ThemeColors::background(Accent::Success, palette).name();
    QString html = u"<pre style=\"margin:0\">"_s;
    for (const QString &line : TextDiff::splitLines(unified)) {
        const QString escaped = line.toHtmlEscaped();
        if (line.startsWith(u"@@"_s))
            html += u"<span style=\"color:%1\">%2</span>\n"_s.arg(hunk, escaped);
        else if (line.startsWith(u'-'))
            html += u"<span style=\"background:%1\">%2</span>\n"_s.arg(removed, escaped);
        else if (line.startsWith(u'+'))
            html += u"<span style=\"background:%1\">%2</span>\n"_s.arg(added, escaped);
        else
            html += escaped + u'\n';
    }
    return html + u"</pre>"_s;
}

QString sizeLabel(const QByteArray &data)
{
    if (data.isNull()) return ConflictDialog::tr("null");
    return ConflictDialog::tr("%1 bytes").arg(QLocale().toString(data.size()));
}

} // namespace

QString ConflictDialog::comparableText(const QByteArray &data)
{
    if (data.isNull()) return tr("(null: no data)");
    if (DataCodec::isValidUtf8(data)) {
        QJsonParseError error;
        QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError && !data.contains('\n'))
            return DataCodec::reformatJson(QString::fromUtf8(data), DataCodec::JsonStyle::Pretty);
        return QString::fromUtf8(data);
    }
    QString dump;
    for (qsizetype i = 0; i < data.size(); i += 16) {
        dump += QString::number(i, 16).rightJustified(8, u'0') + u"  "_s;
        dump += QString::fromLatin1(data.mid(i, 16).toHex(' ')) + u'\n';
    }
    return dump;
}

ConflictDialog::ConflictDialog(const QString &path, const QByteArray &mine, int loadedVersion,
                               const QByteArray &server, const ZkStat &serverStat, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Save conflict — %1").arg(DisplayText::shown(path)));
    setModal(true);

    QLabel *header = buildHeader(path, loadedVersion, serverStat);

    const QString mineText = comparableText(mine);
    const QString serverText = comparableText(server);
    m_mine = textBox(mineText, this);
    m_mine->setObjectName(u"conflictMine"_s);
    m_server = textBox(serverText, this);
    m_server->setObjectName(u"conflictServer"_s);

    const QList<TextDiff::Line> diff = TextDiff::diffText(serverText, mineText);
    const int removed = TextDiff::countOp(diff, TextDiff::Op::Delete);
    const int added = TextDiff::countOp(diff, TextDiff::Op::Insert);
    m_diff = new QTextEdit(this);
    m_diff->setObjectName(u"conflictDiff"_s);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QString unified = TextDiff::unified(diff, 3);
    if (unified.isEmpty())
        m_diff->setPlainText(tr("The texts are the same (the bytes may still differ, e.g. in "
                                "formatting)."));
    else
        ThemeColors::follow(m_diff,
                            [this, unified] { m_diff->setHtml(diffHtml(unified, palette())); });

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titled(tr("Yours (%1)").arg(sizeLabel(mine)), m_mine, this));
    sides->addWidget(
        titled(tr("Server, version %1 (%2)").arg(serverStat.version).arg(sizeLabel(server)),
               m_server, this));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sides);
    split->addWidget(titled(tr("Changes from the server's data to yours: %1 line(s) removed, "
                               "%2 added")
                                .arg(removed)
                                .arg(added),
                            m_diff, this));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    QDialogButtonBox *buttons = buildButtons(serverStat.version);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(980, 640);
}

QLabel *ConflictDialog::buildHeader(const QString &path, int loadedVersion,
                                    const ZkStat &serverStat)
{
    auto *header = new QLabel(this);
    header->setObjectName(u"conflictHeader"_s);
    header->setWordWrap(true);
    header->setTextFormat(Qt::RichText);
    header->setText(
        tr("<b>%1 was changed by someone else</b> since you loaded it (you edited version "
           "%2; the server now has version %3, modified %4). Nothing was written.<br>"
           "Compare the texts, then overwrite the server's data with yours, reload theirs "
           "(discarding your edit), or go back to editing.")
            .arg(DisplayText::shown(path).toHtmlEscaped(), QString::number(loadedVersion),
                 QString::number(serverStat.version),
                 StatFormat::formatTimestamp(serverStat.mtime).toHtmlEscaped()));
    return header;
}

QDialogButtonBox *ConflictDialog::buildButtons(int serverVersion)
{
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *overwrite =
        buttons->addButton(tr("&Overwrite with mine"), QDialogButtonBox::DestructiveRole);
    overwrite->setObjectName(u"overwriteButton"_s);
    overwrite->setToolTip(tr("Write your data over the server's version %1").arg(serverVersion));
    QPushButton *reload =
        buttons->addButton(tr("&Reload (discard mine)"), QDialogButtonBox::ResetRole);
    reload->setObjectName(u"reloadButton"_s);
    QPushButton *keep = buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    keep->setDefault(true); // Enter must never overwrite someone else's change
    connect(overwrite, &QPushButton::clicked, this, [this, serverVersion] {
        if (AppSettings::instance().confirmOverwrite())
            confirmOverwrite(serverVersion);
        else
            choose(Choice::Overwrite);
    });
    connect(reload, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    connect(keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepEditing); });
    return buttons;
}

// Preferences > Confirmations: a second question, because the other client's change is lost.
void ConflictDialog::confirmOverwrite(int serverVersion)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Overwrite"),
        tr("Replace the server's version %1 with your data? The other change is lost.")
            .arg(serverVersion),
        QMessageBox::Cancel, this);
    box->setObjectName(u"overwriteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes) choose(Choice::Overwrite);
    });
    box->open();
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    done(choice == Choice::KeepEditing ? QDialog::Rejected : QDialog::Accepted);
}

QString ConflictDialog::mineText() const { return m_mine->toPlainText(); }

QString ConflictDialog::serverText() const { return m_server->toPlainText(); }

QString ConflictDialog::diffText() const { return m_diff->toPlainText(); }
