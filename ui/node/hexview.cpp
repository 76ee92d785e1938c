#include "node/hexview.h"

#include "settings/appsettings.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtMath>

namespace {
constexpr int kMargin = 4;
constexpr char kHexDigits[] = "0123456789abcdef";

int hexValue(const QString &text)
{
    if (text.size() != 1) return -1;
    const char c = text.at(0).toLatin1();
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(AppSettings::instance().editorFont());
    connect(&AppSettings::instance(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::EditorFont) return;
        setFont(AppSettings::instance().editorFont());
        updateMetrics();
        viewport()->update();
    });
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_cursor = 0;
    m_lowNibble = false;
    m_modified = false;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void HexView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    viewport()->update();
}

void HexView::setInsertMode(bool insert)
{
    if (insert == m_insert) return;
    m_insert = insert;
    emit insertModeChanged(insert);
    viewport()->update();
}

qsizetype HexView::rowCount() const { return (m_data.size() + kBytesPerRow - 1) / kBytesPerRow; }

qsizetype HexView::displayRows() const
{
    // One more row than the data when it fills its last row: the append position needs a place.
    return m_data.size() / kBytesPerRow + 1;
}

qsizetype HexView::firstVisibleRow() const { return verticalScrollBar()->value(); }

int HexView::offsetDigits() const
{
    // At least 8 digits so that small and large nodes line up the same way.
    int digits = 8;
    while (digits < 16 && (qint64(1) << (4 * digits)) <= m_data.size()) ++digits;
    return digits;
}

int HexView::hexX() const { return kMargin + (offsetDigits() + 2) * m_charWidth; }

int HexView::asciiX() const { return hexX() + (kBytesPerRow * 3 + 2) * m_charWidth; }

int HexView::lineWidth() const { return asciiX() + kBytesPerRow * m_charWidth + kMargin; }

int HexView::visibleRowCapacity() const { return qMax(1, viewport()->height() / m_lineHeight); }

void HexView::updateMetrics()
{
    const QFontMetrics fm(font());
    // Rounded up: cells never overlap even when the real advance is fractional.
    m_charWidth = qCeil(QFontMetricsF(font()).horizontalAdvance(u'0'));
    m_lineHeight = fm.height();
    m_ascent = fm.ascent();
    updateScrollBars();
}

void HexView::updateScrollBars()
{
    // Scrolling is by whole rows; the scroll bar value IS the first visible row. A 1 MB znode
    // has 65,536 rows, far below QScrollBar's int range.
    const int rows = int(displayRows());
    const int page = visibleRowCapacity();
    verticalScrollBar()->setRange(0, qMax(0, rows - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setRange(0, qMax(0, lineWidth() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth);
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

void HexView::setCursorPosition(qsizetype pos, bool asciiColumn)
{
    m_ascii = asciiColumn;
    moveCursor(pos);
}

void HexView::moveCursor(qsizetype pos)
{
    m_cursor = std::clamp<qsizetype>(pos, 0, m_data.size());
    m_lowNibble = false;
    ensureCursorVisible();
    viewport()->update();
}

void HexView::ensureCursorVisible()
{
    const qsizetype row = m_cursor / kBytesPerRow;
    QScrollBar *bar = verticalScrollBar();
    if (row < bar->value())
        bar->setValue(int(row));
    else if (row >= bar->value() + visibleRowCapacity())
        bar->setValue(int(row - visibleRowCapacity() + 1));
}

void HexView::changed()
{
    m_modified = true;
    updateScrollBars();
    ensureCursorVisible();
    viewport()->update();
    emit edited();
}

bool HexView::typeHexDigit(int value)
{
    const bool newByte = m_cursor == m_data.size() || (m_insert && !m_lowNibble);
    if (newByte) m_data.insert(m_cursor, char(0));
    auto byte = static_cast<unsigned char>(m_data.at(m_cursor));
    byte = m_lowNibble ? (byte & 0xf0) | value : (byte & 0x0f) | (value << 4);
    m_data[m_cursor] = char(byte);
    if (m_lowNibble) {
        ++m_cursor;
        m_lowNibble = false;
    } else {
        m_lowNibble = true;
    }
    changed();
    return true;
}

bool HexView::typeAscii(char byte)
{
    if (m_cursor == m_data.size() || m_insert)
        m_data.insert(m_cursor, byte);
    else
        m_data[m_cursor] = byte;
    ++m_cursor;
    m_lowNibble = false;
    changed();
    return true;
}

void HexView::removeBytes(qsizetype pos, qsizetype count)
{
    if (pos < 0 || pos >= m_data.size() || count <= 0) return;
    m_data.remove(pos, count);
    m_cursor = std::min(pos, m_data.size());
    m_lowNibble = false;
    changed();
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (handleNavigationKey(event)) return;
    const bool plainKey = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!m_readOnly && plainKey && handleEditKey(event)) return;
    QAbstractScrollArea::keyPressEvent(event);
}

// Cursor moves, the hex/ASCII switch and the insert mode: allowed on read-only data too.
bool HexView::handleNavigationKey(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const qsizetype page = qsizetype(visibleRowCapacity()) * kBytesPerRow;
    const qsizetype rowStart = m_cursor - m_cursor % kBytesPerRow;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(m_cursor - 1);
        return true;
    case Qt::Key_Right:
        moveCursor(m_cursor + 1);
        return true;
    case Qt::Key_Up:
        moveCursor(m_cursor - kBytesPerRow);
        return true;
    case Qt::Key_Down:
        moveCursor(m_cursor + kBytesPerRow);
        return true;
    case Qt::Key_PageUp:
        moveCursor(m_cursor - page);
        return true;
    case Qt::Key_PageDown:
        moveCursor(m_cursor + page);
        return true;
    case Qt::Key_Home:
        moveCursor(ctrl ? 0 : rowStart);
        return true;
    case Qt::Key_End:
        moveCursor(ctrl ? m_data.size() : rowStart + kBytesPerRow - 1);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        m_ascii = !m_ascii;
        m_lowNibble = false;
        viewport()->update();
        return true;
    case Qt::Key_Insert:
        setInsertMode(!m_insert);
        return true;
    default:
        return false;
    }
}

// Delete, Backspace and typed hex digits (or printable ASCII in the ASCII column).
bool HexView::handleEditKey(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete) {
        removeBytes(m_cursor, 1);
        return true;
    }
    if (event->key() == Qt::Key_Backspace) {
        removeBytes(m_cursor - 1, 1);
        return true;
    }
    const QString text = event->text();
    if (m_ascii) {
        if (text.size() != 1 || text.at(0).unicode() < 0x20 || text.at(0).unicode() >= 0x7f)
            return false;
        typeAscii(char(text.at(0).unicode()));
        return true;
    }
    const int value = hexValue(text);
    if (value < 0) return false;
    typeHexDigit(value);
    return true;
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    const QPoint p = event->position().toPoint() + QPoint(horizontalScrollBar()->value(), 0);
    const qsizetype row = firstVisibleRow() + p.y() / m_lineHeight;
    int column = -1;
    bool ascii = false;
    if (p.x() >= asciiX()) {
        column = (p.x() - asciiX()) / m_charWidth;
        ascii = true;
    } else if (p.x() >= hexX()) {
        int chars = (p.x() - hexX()) / m_charWidth;
        if (chars >= kBytesPerRow / 2 * 3) chars -= 1; // the extra gap in the middle
        column = chars / 3;
    }
    if (column >= 0 && column < kBytesPerRow) setCursorPosition(row * kBytesPerRow + column, ascii);
    QAbstractScrollArea::mousePressEvent(event);
}

void HexView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setFont(font());
    // The offset column gets a subtle background to separate it from the bytes.
    painter.fillRect(
        QRect(0, 0, hexX() - m_charWidth - horizontalScrollBar()->value(), viewport()->height()),
        palette().color(QPalette::AlternateBase));

    const qsizetype first = firstVisibleRow();
    const int firstInRect = event->rect().top() / m_lineHeight;
    const int lastInRect = event->rect().bottom() / m_lineHeight;
    const qsizetype rows = displayRows();
    int painted = 0;
    for (int line = firstInRect; line <= lastInRect; ++line) {
        const qsizetype row = first + line;
        if (row >= rows) break;
        const int top = line * m_lineHeight;
        const qsizetype start = row * kBytesPerRow;
        if (m_cursor >= start && m_cursor < start + kBytesPerRow && hasFocus())
            paintCursor(painter, int(m_cursor - start), top);
        paintRow(painter, start, top);
        ++painted;
    }
    m_lastPaintedRows = painted;
}

// The cursor: the byte in both columns, stronger in the column being typed in.
void HexView::paintCursor(QPainter &painter, int col, int top)
{
    const int xShift = -horizontalScrollBar()->value();
    const int hexCol = col * 3 + (col >= kBytesPerRow / 2 ? 1 : 0);
    const QColor strong = palette().color(QPalette::Highlight);
    QColor weak = strong;
    weak.setAlpha(70);
    const int nibble = m_lowNibble ? m_charWidth : 0;
    const int hexWidth = m_insert ? 2 : 2 * m_charWidth - nibble;
    painter.fillRect(
        QRect(hexX() + xShift + hexCol * m_charWidth + nibble, top, hexWidth, m_lineHeight),
        m_ascii ? weak : strong);
    painter.fillRect(
        QRect(asciiX() + xShift + col * m_charWidth, top, m_insert ? 2 : m_charWidth, m_lineHeight),
        m_ascii ? strong : weak);
}

// Every cell at its own x: the font's real advance may be fractional, and a whole string drawn
// at once would drift away from the cursor and the column grid.
void HexView::paintRow(QPainter &painter, qsizetype start, int top)
{
    const int xShift = -horizontalScrollBar()->value();
    const int hx = hexX();
    const int ax = asciiX();
    const int y = top + m_ascent;
    const qsizetype end = qMin(start + kBytesPerRow, m_data.size());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(kMargin + xShift, y,
                     QString::number(start, 16).rightJustified(offsetDigits(), u'0'));
    painter.setPen(palette().color(QPalette::Text));
    QString cell(2, u'0');
    for (qsizetype i = start; i < end; ++i) {
        const int col = int(i - start);
        const auto byte = static_cast<unsigned char>(m_data.at(i));
        const int cellX = hx + xShift + (col * 3 + (col >= kBytesPerRow / 2 ? 1 : 0)) * m_charWidth;
        cell[0] = QLatin1Char(kHexDigits[byte >> 4]);
        cell[1] = QLatin1Char(kHexDigits[byte & 0xf]);
        painter.drawText(cellX, y, cell);
        const QChar shown = (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QChar(u'.');
        painter.drawText(ax + xShift + col * m_charWidth, y, QString(shown));
    }
}
