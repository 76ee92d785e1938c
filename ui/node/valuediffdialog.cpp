#include "node/valuediffdialog.h"

#include "util/statformat.h"
#include "watchlog/watchlogentry.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

QString ValueDiffDialog::render(const QByteArray &value, bool *binary)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(value);
    bool isBinary = decoder.hasError();
    for (const QChar c : text)
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') isBinary = true;
    if (binary) *binary = isBinary;
    if (!isBinary) return text;
    QString out;
    for (qsizetype off = 0; off < value.size(); off += 16) {
        const QByteArray row = value.mid(off, 16);
        QString hex, ascii;
        for (const char ch : row) {
            hex += u"%1 "_s.arg(quint8(ch), 2, 16, QChar(u'0'));
            ascii += (quint8(ch) >= 0x20 && quint8(ch) < 0x7f) ? QChar(QLatin1Char(ch)) : QChar(u'.');
        }
        out += u"%1  %2 %3\n"_s.arg(off, 8, 16, QChar(u'0')).arg(hex, -48).arg(ascii);
    }
    return out;
}

ValueDiffDialog::ValueDiffDialog(const WatchLogEntry &entry, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"valueDiffDialog"_s);
    setWindowTitle(tr("%1 — changed at %2")
                       .arg(entry.path, QDateTime::fromMSecsSinceEpoch(entry.timeMs)
                                            .toString(u"HH:mm:ss.zzz"_s)));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto makeView = [&](const QString &name, bool known, const QByteArray &value) {
        auto *view = new QPlainTextEdit(this);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setFont(fixed);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        if (known)
            view->setPlainText(render(value));
        else
            view->setPlaceholderText(tr("not known: the data was not loaded before the change"));
        return view;
    };
    m_old = makeView(u"oldValue"_s, entry.hasOldValue, entry.oldValue);
    m_new = makeView(u"newValue"_s, entry.hasNewValue, entry.newValue);
    const auto caption = [](const QString &title, bool known, qint64 size) {
        return known ? u"%1 (%2)"_s.arg(title, StatFormat::formatBytes(size)) : title;
    };
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(caption(tr("Old value"), entry.hasOldValue, entry.oldSize), this), 0, 0);
    grid->addWidget(new QLabel(caption(tr("New value"), entry.hasNewValue, entry.newSize), this), 0, 1);
    grid->addWidget(m_old, 1, 0);
    grid->addWidget(m_new, 1, 1);
    if (entry.valuesTruncated || entry.valuesDropped) {
        auto *note = new QLabel(entry.valuesDropped
                                    ? tr("The values were dropped to keep the log's memory bounded.")
                                    : tr("The values were cut at the log's per-event limit."),
                                this);
        grid->addWidget(note, 2, 0, 1, 2);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    grid->addWidget(buttons, 3, 0, 1, 2);
    resize(900, 420);
}
