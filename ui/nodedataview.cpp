#include "nodedataview.h"

#include "hexview.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool isValidUtf8(const QByteArray &data)
{
    // Stateless: a sequence cut off at the end counts as an error instead of being kept for a
    // next chunk. decode() is lazy: the conversion (and so the error check) only happens when
    // its result becomes a QString.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    return !decoder.hasError();
}

QString encodingLabel(QStringConverter::Encoding e)
{
    if (e == QStringConverter::System)
        return u"System (%1)"_s.arg(QString::fromLatin1(QStringConverter::nameForEncoding(e)));
    return QString::fromLatin1(QStringConverter::nameForEncoding(e));
}

} // namespace

NodeDataView::NodeDataView(QWidget *parent)
    : QWidget(parent)
{
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(u"dataModeBox"_s);
    m_modeBox->addItem(tr("Auto"), int(Mode::Auto));
    m_modeBox->addItem(tr("Text"), int(Mode::Text));
    m_modeBox->addItem(tr("JSON"), int(Mode::Json));
    m_modeBox->addItem(tr("Hex"), int(Mode::Hex));
    m_modeBox->setToolTip(tr("How to show the data. Auto: Hex for bytes that are not UTF-8, "
                             "formatted JSON when it parses, else text."));

    // Qt 6.4 has no QStringConverter::availableCodecs() (6.7+); its converters are exactly
    // the Encoding enum, so list that.
    m_encodingBox = new QComboBox(this);
    m_encodingBox->setObjectName(u"dataEncodingBox"_s);
    for (int e = QStringConverter::Utf8; e <= QStringConverter::LastEncoding; ++e)
        m_encodingBox->addItem(encodingLabel(QStringConverter::Encoding(e)), e);
    m_encodingBox->setToolTip(tr("Character set used to decode the bytes in Text mode"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"dataStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("View:"), this));
    bar->addWidget(m_modeBox);
    bar->addWidget(new QLabel(tr("Charset:"), this));
    bar->addWidget(m_encodingBox);
    bar->addSpacing(8);
    bar->addWidget(m_status, 1);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"dataPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setEnabled(false); // greyed: it is a note, not content

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"dataText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_hex = new HexView(this);
    m_hex->setObjectName(u"dataHex"_s);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_hex);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(m_modeBox->currentData().toInt())); });
    connect(m_encodingBox, &QComboBox::currentIndexChanged, this, [this] {
        setEncoding(QStringConverter::Encoding(m_encodingBox->currentData().toInt()));
    });
    clear();
}

void NodeDataView::setData(const QByteArray &data)
{
    m_data = data;
    m_hasData = true;
    render();
}

void NodeDataView::showLoading()
{
    m_hasData = false;
    m_data.clear();
    m_status->clear();
    showPlaceholder(Shown::Loading, tr("Loading…"));
}

void NodeDataView::showError(const QString &message)
{
    m_hasData = false;
    m_data.clear();
    m_status->setText(tr("error"));
    showPlaceholder(Shown::Error, tr("Could not read the data:\n%1").arg(message));
}

void NodeDataView::clear()
{
    m_hasData = false;
    m_data.clear();
    m_status->clear();
    showPlaceholder(Shown::Nothing, tr("Select a node to see its data"));
}

void NodeDataView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    if (m_hasData)
        render();
}

void NodeDataView::setEncoding(QStringConverter::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    m_encodingBox->setCurrentIndex(m_encodingBox->findData(int(encoding)));
    if (m_hasData)
        render();
}

QString NodeDataView::text() const
{
    return m_text->toPlainText();
}

QString NodeDataView::statusText() const
{
    return m_status->text();
}

NodeDataView::Mode NodeDataView::autoMode(const QByteArray &data)
{
    if (!isValidUtf8(data))
        return Mode::Hex;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return Mode::Json;
    return Mode::Text;
}

QString NodeDataView::sizeText(const QByteArray &data)
{
    if (data.isNull())
        return tr("null (no data, length -1)");
    if (data.isEmpty())
        return tr("empty (0 bytes)");
    return tr("%1 bytes").arg(QLocale().toString(data.size()));
}

void NodeDataView::showPlaceholder(Shown shown, const QString &text)
{
    m_shown = shown;
    m_placeholder->setText(text);
    m_text->clear();
    m_hex->setData({});
    m_stack->setCurrentWidget(m_placeholder);
}

void NodeDataView::render()
{
    const QString size = sizeText(m_data);
    m_encodingBox->setEnabled(true);
    if (m_data.isNull()) {
        m_status->setText(size);
        showPlaceholder(Shown::Null, tr("null\n(the node has no data: length -1)"));
        return;
    }
    if (m_data.isEmpty()) {
        m_status->setText(size);
        showPlaceholder(Shown::Empty, tr("empty\n(the node's data is 0 bytes long)"));
        return;
    }

    const Mode mode = m_mode == Mode::Auto ? autoMode(m_data) : m_mode;
    if (mode == Mode::Hex) {
        m_shown = Shown::Hex;
        m_encodingBox->setEnabled(false);
        m_status->setText(m_mode == Mode::Auto ? tr("%1, binary (not UTF-8)").arg(size) : size);
        m_text->clear();
        m_hex->setData(m_data);
        m_stack->setCurrentWidget(m_hex);
        return;
    }

    QString note;
    if (mode == Mode::Json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_data, &error);
        if (error.error == QJsonParseError::NoError) {
            m_shown = Shown::Json;
            m_encodingBox->setEnabled(false); // JSON is UTF-8 by definition (RFC 8259)
            m_status->setText(tr("%1, JSON").arg(size));
            m_text->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
            m_stack->setCurrentWidget(m_text);
            return;
        }
        note = tr("not valid JSON (%1 at byte %2), shown as text")
                       .arg(error.errorString())
                       .arg(error.offset);
    }

    QStringDecoder decoder(m_encoding, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(m_data);
    if (note.isEmpty() && decoder.hasError())
        note = tr("some bytes are not valid %1")
                       .arg(QString::fromLatin1(QStringConverter::nameForEncoding(m_encoding)));
    m_shown = Shown::Text;
    m_status->setText(note.isEmpty() ? size : u"%1, %2"_s.arg(size, note));
    m_text->setPlainText(decoded);
    m_stack->setCurrentWidget(m_text);
}
