#include "hexview.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

namespace {
constexpr int kMargin = 4;
constexpr char kHexDigits[] = "0123456789abcdef";
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    updateMetrics();
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qsizetype HexView::rowCount() const
{
    return (m_data.size() + kBytesPerRow - 1) / kBytesPerRow;
}

qsizetype HexView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int HexView::offsetDigits() const
{
    // At least 8 digits so that small and large nodes line up the same way.
    int digits = 8;
    while (digits < 16 && (qint64(1) << (4 * digits)) <= m_data.size())
        ++digits;
    return digits;
}

int HexView::lineWidth() const
{
    // offset + gap + 16 * "xx " + extra gap in the middle + gap + 16 ASCII characters
    const int chars = offsetDigits() + 2 + kBytesPerRow * 3 + 1 + 1 + kBytesPerRow;
    return 2 * kMargin + chars * m_charWidth;
}

int HexView::visibleRowCapacity() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

void HexView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_charWidth = fm.horizontalAdvance(u'0');
    m_lineHeight = fm.height();
    m_ascent = fm.ascent();
    updateScrollBars();
}

void HexView::updateScrollBars()
{
    // Scrolling is by whole rows; the scroll bar value IS the first visible row. A 1 MB znode
    // has 65,536 rows, far below QScrollBar's int range.
    const int rows = int(rowCount());
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
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

void HexView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setFont(font());
    const QPalette pal = palette();
    const int xShift = -horizontalScrollBar()->value();
    const int digits = offsetDigits();
    const int hexX = kMargin + (digits + 2) * m_charWidth;
    const int asciiX = hexX + (kBytesPerRow * 3 + 2) * m_charWidth;

    const qsizetype first = firstVisibleRow();
    const int firstInRect = event->rect().top() / m_lineHeight;
    const int lastInRect = event->rect().bottom() / m_lineHeight;
    const qsizetype rows = rowCount();

    // The offset column gets a subtle background to separate it from the bytes.
    painter.fillRect(QRect(0, 0, hexX - m_charWidth + xShift, viewport()->height()),
                     pal.color(QPalette::AlternateBase));

    int painted = 0;
    QString hex;
    QString ascii;
    hex.reserve(kBytesPerRow * 3 + 1);
    ascii.reserve(kBytesPerRow);
    for (int line = firstInRect; line <= lastInRect; ++line) {
        const qsizetype row = first + line;
        if (row >= rows)
            break;
        const int y = line * m_lineHeight + m_ascent;
        const qsizetype start = row * kBytesPerRow;
        const qsizetype end = qMin(start + kBytesPerRow, m_data.size());

        hex.clear();
        ascii.clear();
        for (qsizetype i = start; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(m_data.at(i));
            if (i - start == kBytesPerRow / 2)
                hex += u' ';
            hex += QLatin1Char(kHexDigits[byte >> 4]);
            hex += QLatin1Char(kHexDigits[byte & 0xf]);
            hex += u' ';
            ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
        }

        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(kMargin + xShift, y,
                         QString::number(start, 16).rightJustified(digits, u'0'));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(hexX + xShift, y, hex);
        painter.drawText(asciiX + xShift, y, ascii);
        ++painted;
    }
    m_lastPaintedRows = painted;
}
