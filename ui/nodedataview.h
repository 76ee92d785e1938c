#pragma once

#include <QByteArray>
#include <QStringConverter>
#include <QWidget>

class HexView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

/// Read-only view of a znode's data with Text / JSON / Hex modes and a charset choice.
///
/// "Auto" (the default) picks Hex for bytes that are not valid UTF-8, pretty JSON when the data
/// parses as JSON, else Text. Once the user picks a mode it sticks for the next nodes too: someone
/// browsing binary protobuf nodes does not want to be thrown back into Text at every click.
/// Null data (length -1) and empty data (0 bytes) are different things in ZooKeeper and are
/// shown differently.
class NodeDataView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDataView)

public:
    enum class Mode { Auto, Text, Json, Hex };
    Q_ENUM(Mode)
    /// What is on screen right now.
    enum class Shown { Nothing, Loading, Error, Null, Empty, Text, Json, Hex };
    Q_ENUM(Shown)

    explicit NodeDataView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    void showLoading();
    void showError(const QString &message);
    void clear();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    Shown shown() const { return m_shown; }
    QStringConverter::Encoding encoding() const { return m_encoding; }
    void setEncoding(QStringConverter::Encoding encoding);

    /// The text in the text editor (Text/JSON modes), and the one-line status next to the mode.
    QString text() const;
    QString statusText() const;
    HexView *hexView() const { return m_hex; }
    QPlainTextEdit *textEdit() const { return m_text; }

    /// Auto's choice for `data`, exposed for tests.
    static Mode autoMode(const QByteArray &data);
    static QString sizeText(const QByteArray &data);

private:
    void render();
    void showPlaceholder(Shown shown, const QString &text);

    QComboBox *m_modeBox = nullptr;     // Owned by the widget tree.
    QComboBox *m_encodingBox = nullptr; // Owned by the widget tree.
    QLabel *m_status = nullptr;         // Owned by the widget tree.
    QStackedWidget *m_stack = nullptr;  // Owned by the widget tree.
    QLabel *m_placeholder = nullptr;    // Owned by the widget tree.
    QPlainTextEdit *m_text = nullptr;   // Owned by the widget tree.
    HexView *m_hex = nullptr;           // Owned by the widget tree.

    QByteArray m_data;
    bool m_hasData = false;
    Mode m_mode = Mode::Auto;
    Shown m_shown = Shown::Nothing;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
};
