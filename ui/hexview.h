#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

/// A read-only hex dump (offset | 16 hex bytes | ASCII) that paints only the rows in view, so a
/// 1 MB znode costs the same per frame as a 16-byte one.
///
/// The bytes (m_data) are kept apart from the geometry and painting helpers: editing (a cursor,
/// nibble input, an undo stack) can be added later on top of byteAt()/rowCount() without
/// touching the paint code.
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    static constexpr int kBytesPerRow = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }
    qsizetype rowCount() const;
    /// First row currently drawn at the top of the viewport.
    qsizetype firstVisibleRow() const;
    /// Number of rows painted by the last paint event (for tests and the perf figure).
    int lastPaintedRows() const { return m_lastPaintedRows; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    int offsetDigits() const;
    int lineWidth() const;
    int visibleRowCapacity() const;

    QByteArray m_data;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_lastPaintedRows = 0;
};
