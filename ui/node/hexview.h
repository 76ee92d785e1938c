#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

class QPainter;

/// A hex editor (offset | 16 hex bytes | ASCII) that paints only the rows in view, so a 1 MB
/// znode costs the same per frame as a 16-byte one.
///
/// Editing: hex digits overwrite the nibble under the cursor, printable characters overwrite
/// the byte in the ASCII column (Tab switches column). Insert toggles insert mode, in which
/// typing adds bytes; Delete and Backspace remove bytes; typing at the end appends.
/// The data is only changed by the user: setData() never marks it modified.
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

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    bool isInsertMode() const { return m_insert; }
    void setInsertMode(bool insert);
    /// Byte index of the cursor (== size() when it is after the last byte).
    qsizetype cursorPosition() const { return m_cursor; }
    void setCursorPosition(qsizetype pos, bool asciiColumn = false);
    bool isAsciiColumn() const { return m_ascii; }

signals:
    /// The user changed the bytes (not emitted by setData()).
    void edited();
    void insertModeChanged(bool insert);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void paintCursor(QPainter &painter, int col, int top);
    void paintRow(QPainter &painter, qsizetype start, int top);
    void updateMetrics();
    void updateScrollBars();
    qsizetype displayRows() const;
    int offsetDigits() const;
    int lineWidth() const;
    int hexX() const;
    int asciiX() const;
    int visibleRowCapacity() const;
    void ensureCursorVisible();
    void moveCursor(qsizetype pos);
    bool handleNavigationKey(QKeyEvent *event);
    bool handleEditKey(QKeyEvent *event);
    bool typeHexDigit(int value);
    bool typeAscii(char byte);
    void removeBytes(qsizetype pos, qsizetype count);
    void changed();

    QByteArray m_data;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_lastPaintedRows = 0;
    qsizetype m_cursor = 0;
    bool m_lowNibble = false; // the next hex digit goes to the low half of the byte
    bool m_ascii = false;     // the cursor is in the ASCII column
    bool m_insert = false;
    bool m_readOnly = false;
    bool m_modified = false;
};
