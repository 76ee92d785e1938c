#include "node/nodedataview.h"
#include "settings/appsettings.h"

#include "node/databanner.h"
#include "node/dataeditorbar.h"
#include "node/hexview.h"
#include "node/texteditorpane.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using DataCodec::Mode;

namespace {

// null and "" compare equal as QByteArrays; for ZooKeeper they are different values.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.isNull() == b.isNull() && a == b;
}

NodeDataView::Shown shownFor(Mode mode)
{
    switch (mode) {
    case Mode::Json:
        return NodeDataView::Shown::Json;
    case Mode::Xml:
        return NodeDataView::Shown::Xml;
    case Mode::Yaml:
        return NodeDataView::Shown::Yaml;
    case Mode::Properties:
        return NodeDataView::Shown::Properties;
    case Mode::Hex:
        return NodeDataView::Shown::Hex;
    case Mode::Base64:
        return NodeDataView::Shown::Base64;
    default:
        return NodeDataView::Shown::Text;
    }
}

// Bytes for raw data, characters for decoded text.
template<class Text, class Char>
qsizetype longestLine(const Text &text, Char newline)
{
    qsizetype longest = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(newline, start);
        if (end < 0) end = text.size();
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return longest;
}

} // namespace

NodeDataView::NodeDataView(QWidget *parent)
    : QWidget(parent)
{
    m_setNull = new QAction(tr("Set null"), this);
    m_setNull->setObjectName(u"setNullAction"_s);
    m_setNull->setToolTip(tr("Make the data null (no data, length -1); written by Save"));
    m_setEmpty = new QAction(tr("Set empty"), this);
    m_setEmpty->setObjectName(u"setEmptyAction"_s);
    m_setEmpty->setToolTip(tr("Make the data empty (0 bytes); written by Save"));
    connect(m_setNull, &QAction::triggered, this, &NodeDataView::setNull);
    connect(m_setEmpty, &QAction::triggered, this, &NodeDataView::setEmpty);
    m_bar = new DataEditorBar(m_setNull, m_setEmpty, this);
    m_note = new DataBanner(u"dataNote"_s, this);
    m_sizeBanner = new DataBanner(u"sizeBanner"_s, this);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"dataPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed: it is a note, not content

    m_text = new TextEditorPane(this);
    m_text->setObjectName(u"dataText"_s);
    m_hex = new HexView(this);
    m_hex->setObjectName(u"dataHex"_s);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_hex);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_bar);
    layout->addWidget(m_sizeBanner);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);

    // A refused switch (an edit that cannot be converted) puts the combo box back.
    connect(m_bar->modeBox(), &QComboBox::activated, this, [this] {
        if (!setMode(Mode(m_bar->modeBox()->currentData().toInt()))) syncBoxes();
    });
    connect(m_bar->encodingBox(), &QComboBox::activated, this, [this] {
        const int e = m_bar->encodingBox()->currentData().toInt();
        if (!setEncoding(QStringConverter::Encoding(e))) syncBoxes();
    });
    connect(m_bar->jsonStyleBox(), &QComboBox::activated, this, [this] {
        setJsonStyle(DataCodec::JsonStyle(m_bar->jsonStyleBox()->currentData().toInt()));
    });
    connect(m_note, &DataBanner::linkActivated, this, &NodeDataView::editLongLineAsText);
    connect(m_text, &TextEditorPane::modificationChanged, this, &NodeDataView::updateState);
    connect(m_hex, &HexView::edited, this, &NodeDataView::updateState);
    followDefaults();
    clear();
}

// Preferences: the default mode and charset apply at once (the current pick is replaced, like
// choosing them in the bar; a pending edit that cannot be converted keeps the old ones).
void NodeDataView::followDefaults()
{
    const AppSettings &settings = AppSettings::instance();
    m_mode = settings.defaultMode();
    m_encoding = settings.defaultEncoding();
    connect(&settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::DefaultMode) setMode(AppSettings::instance().defaultMode());
        if (key == AppSettings::Key::DefaultEncoding)
            setEncoding(AppSettings::instance().defaultEncoding());
    });
}

void NodeDataView::syncBoxes()
{
    for (auto [box, value] : {std::pair{m_bar->modeBox(), int(m_mode)},
                              std::pair{m_bar->encodingBox(), int(m_encoding)},
                              std::pair{m_bar->jsonStyleBox(), int(m_jsonStyle)}})
        box->setCurrentIndex(box->findData(value));
}

void NodeDataView::setData(const QByteArray &data)
{
    m_original = data;
    m_working = data;
    m_hasData = true;
    m_longLineAsText = false;
    m_jsonStyle = DataCodec::styleOf(data);
    syncBoxes();
    render();
}

void NodeDataView::showLoading() { showPlaceholder(Shown::Loading, tr("Loading…")); }

void NodeDataView::showError(const QString &message)
{
    showPlaceholder(Shown::Error, tr("Could not read the data:\n%1").arg(message));
    m_bar->status()->setText(tr("error"));
}

void NodeDataView::clear() { showPlaceholder(Shown::Nothing, tr("Select a node to see its data")); }

bool NodeDataView::setMode(Mode mode)
{
    if (mode == m_mode) return true;
    QString error;
    if (m_hasData && !commitEdit(&error)) {
        showNote(tr("Cannot switch to %1: %2").arg(DataCodec::modeName(mode), error), true);
        return false;
    }
    m_mode = mode;
    syncBoxes();
    if (m_hasData) render();
    return true;
}

bool NodeDataView::setEncoding(QStringConverter::Encoding encoding)
{
    if (encoding == m_encoding) return true;
    // An edit is converted with the charset it was typed in, then shown in the new one.
    QString error;
    if (m_hasData && !commitEdit(&error)) {
        showNote(tr("Cannot change the charset: %1").arg(error), true);
        return false;
    }
    m_encoding = encoding;
    syncBoxes();
    if (m_hasData) render();
    return true;
}

void NodeDataView::setJsonStyle(DataCodec::JsonStyle style)
{
    m_jsonStyle = style;
    syncBoxes();
}

bool NodeDataView::pendingEdit() const
{
    if (!m_hasData) return false;
    if (m_stack->currentWidget() == m_text) return m_text->isModified();
    if (m_stack->currentWidget() == m_hex) return m_hex->isModified();
    return false;
}

bool NodeDataView::isDirty() const
{
    if (!m_hasData) return false;
    if (m_stack->currentWidget() == m_hex && m_hex->isModified())
        return !sameBytes(m_hex->data(), m_original);
    return pendingEdit() || !sameBytes(m_working, m_original);
}

bool NodeDataView::commitEdit(QString *error)
{
    if (!pendingEdit()) return true;
    if (m_stack->currentWidget() == m_hex) {
        m_working = m_hex->data();
        m_hex->setModified(false);
        return true;
    }
    const QString text = m_text->text();
    if (text.isEmpty() && m_working.isNull())
        return true; // typed and deleted again: still null; "Set empty" makes it empty
    const DataCodec::Encoded encoded =
        DataCodec::encode(text, m_shownMode, m_encoding, m_jsonStyle);
    if (!encoded.ok()) {
        if (error) *error = encoded.error;
        if (encoded.line > 0) m_text->goTo(encoded.line, encoded.column);
        return false;
    }
    // fromBase64/encode of "" give a null array; an edit to nothing is empty, not null.
    m_working = encoded.bytes.isNull() ? QByteArray("") : encoded.bytes;
    m_text->setModified(false);
    return true;
}

std::optional<QByteArray> NodeDataView::currentData(QString *error)
{
    QString why;
    if (!commitEdit(&why)) {
        showNote(why, true);
        if (error) *error = why;
        return std::nullopt;
    }
    updateState();
    return m_working;
}

void NodeDataView::markSaved(const QByteArray &data)
{
    m_original = data;
    m_working = data;
    m_text->setModified(false);
    m_hex->setModified(false);
    if (m_note->kind() == DataBanner::Kind::Error) m_note->setMessage({}, DataBanner::Kind::Info);
    updateState();
}

void NodeDataView::discardChanges()
{
    m_working = m_original;
    if (m_hasData) render();
}

void NodeDataView::setNull() { replaceWorking(QByteArray()); }

void NodeDataView::setEmpty() { replaceWorking(QByteArray("")); }

void NodeDataView::replaceWorking(const QByteArray &data)
{
    if (!m_hasData || m_readOnly) return;
    m_working = data;
    render();
}

void NodeDataView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_text->setReadOnly(readOnly || m_lossy);
    m_hex->setReadOnly(readOnly);
    updateState();
}

QString NodeDataView::text() const
{
    return m_stack->currentWidget() == m_text ? m_text->text() : QString();
}
QString NodeDataView::statusText() const { return m_bar->status()->text(); }

QString NodeDataView::noteText() const { return m_note->text(); }
QString NodeDataView::sizeWarning() const { return m_sizeBanner->text(); }

NodeDataView::Mode NodeDataView::autoMode(const QByteArray &data)
{
    return DataCodec::detect(data);
}

QString NodeDataView::sizeText(const QByteArray &data)
{
    if (data.isNull()) return tr("null (no data, length -1)");
    if (data.isEmpty()) return tr("empty (0 bytes)");
    return tr("%1 bytes").arg(QLocale().toString(data.size()));
}

void NodeDataView::showPlaceholder(Shown shown, const QString &text)
{
    m_hasData = false;
    m_original = m_working = QByteArray();
    m_bar->status()->clear();
    m_shown = shown;
    m_lossy = false;
    m_longLineInHex = false;
    m_placeholder->setText(text);
    m_text->setContent({}, Mode::Text);
    m_hex->setData({});
    m_note->setMessage({}, DataBanner::Kind::Info);
    m_sizeBanner->setMessage({}, DataBanner::Kind::Warning);
    m_stack->setCurrentWidget(m_placeholder);
    updateState();
}

void NodeDataView::showNote(const QString &text, bool error)
{
    m_note->setMessage(text, error ? DataBanner::Kind::Error : DataBanner::Kind::Info);
}

// JSON is pretty-printed in the editor, so its raw line length says nothing.
bool mayBePrettyPrinted(const QByteArray &data, Mode mode)
{
    if (mode == Mode::Json) return true;
    if (mode != Mode::Auto) return false;
    const QByteArray start = data.left(64).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

// Why long lines go to Hex: Debian's QScintilla (Scintilla 3.x) lays out a whole line at once on
// the GUI thread, measuring every character, before it can paint any part of it; 900 KB on one
// line blocks the window for 0.6-2.4 s, and again after each keystroke in that line. Wrapping
// does not help (it needs the same layout), and QTextLayout-based widgets do the same work. The
// hex view paints only the rows in view, whatever the size, and edits byte-exactly (overwrite,
// Insert mode, Delete, typing in the ASCII column), so huge lines open there, at no cost to the
// event loop. Pretty-printed JSON has short lines and stays in the editor. The user can still
// ask for the editor for this one value, knowing it will pause.
// The bytes are measured first (no decoding, no JSON parse: 900 KB cost ~30 ms there); text
// that pretty-printing may break up is measured after decoding.
qsizetype NodeDataView::tooLongLine(const QString *decoded) const
{
    if (m_longLineAsText) return 0;
    const qsizetype longest = decoded           ? longestLine(*decoded, u'\n')
        : mayBePrettyPrinted(m_working, m_mode) ? 0
                                                : longestLine(m_working, '\n');
    return longest > kMaxEditorLineChars ? longest : 0;
}

void NodeDataView::editLongLineAsText()
{
    if (!m_longLineInHex) return;
    QString error;
    if (!commitEdit(&error)) { // hex edits are bytes: this cannot fail, but keep the contract
        showNote(error, true);
        return;
    }
    m_longLineAsText = true;
    render();
}

void NodeDataView::showHex(qsizetype longLine)
{
    m_longLineInHex = longLine > 0;
    m_hex->setData(m_working);
    m_stack->setCurrentWidget(m_hex);
}

void NodeDataView::render()
{
    m_lossy = false;
    m_longLineInHex = false;
    QString note;
    if (m_working.isNull())
        note = tr("This node's data is null (no data, length -1), which is not the same as "
                  "empty. Type to give it data, or use \"Set empty\".");
    else if (m_working.isEmpty())
        note = tr("This node's data is empty (0 bytes), which is not the same as null. "
                  "Type to give it data, or use \"Set null\".");

    const bool text =
        m_mode != Mode::Hex && (m_mode != Mode::Auto || DataCodec::isValidUtf8(m_working));
    qsizetype longLine = text ? tooLongLine(nullptr) : 0;
    Mode mode = longLine > 0 ? Mode::Hex : m_mode == Mode::Auto ? autoMode(m_working) : m_mode;
    if (mode != Mode::Hex) {
        const DataCodec::Decoded decoded = DataCodec::decode(m_working, mode, m_encoding);
        longLine = tooLongLine(&decoded.text);
        if (longLine == 0) {
            mode = decoded.mode;
            m_lossy = !decoded.lossless;
            if (!decoded.note.isEmpty()) note = decoded.note;
            m_text->setContent(decoded.text, mode);
            m_text->setReadOnly(m_readOnly || m_lossy);
            m_stack->setCurrentWidget(m_text);
        }
        mode = longLine > 0 ? Mode::Hex : mode;
    }
    if (mode == Mode::Hex) showHex(longLine);
    if (longLine > 0)
        note = tr("A line of %1 characters is too long for the text editor (it would freeze "
                  "the window while laying it out), so the data is shown as hex; it is "
                  "editable here, byte for byte. <a href=\"text\">Edit as text anyway</a> "
                  "(the window pauses at each change).")
                   .arg(QLocale().toString(longLine));
    m_shownMode = mode;
    m_shown = m_working.isNull() ? Shown::Null
        : m_working.isEmpty()    ? Shown::Empty
                                 : shownFor(mode);
    showNote(note, false);
    updateState();
}

void NodeDataView::updateState()
{
    const bool jsonShown =
        m_hasData && m_shownMode == Mode::Json && m_stack->currentWidget() == m_text;
    m_bar->setJsonStyleVisible(jsonShown);
    m_bar->encodingBox()->setEnabled(m_hasData && m_stack->currentWidget() == m_text
                                     && m_shownMode != Mode::Json && m_shownMode != Mode::Base64);
    m_setNull->setEnabled(m_hasData && !m_readOnly && !m_working.isNull());
    m_setEmpty->setEnabled(m_hasData && !m_readOnly
                           && (m_working.isNull() || !m_working.isEmpty()));

    const bool dirty = isDirty();
    if (m_hasData) {
        const QByteArray &bytes = m_stack->currentWidget() == m_hex ? m_hex->data() : m_working;
        QString status = sizeText(bytes);
        if (m_mode == Mode::Auto && !bytes.isEmpty())
            status += u", "_s + DataCodec::modeName(m_shownMode);
        if (m_readOnly)
            status += tr(", read-only connection");
        else if (m_lossy)
            status += tr(", read-only in this mode");
        if (dirty) status += tr(", modified");
        m_bar->status()->setText(status);
        m_bar->status()->setToolTip(status);
        if (bytes.size() > kWarnBytes) {
            m_sizeBanner->setMessage(
                tr("⚠ %1 bytes: close to ZooKeeper's request limit of %2 bytes (1 MB, "
                   "jute.maxbuffer). A save that exceeds it is refused.")
                    .arg(QLocale().toString(bytes.size()), QLocale().toString(1048575)),
                DataBanner::Kind::Warning);
        } else {
            m_sizeBanner->setMessage({}, DataBanner::Kind::Warning);
        }
    }
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}
