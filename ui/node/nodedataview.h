#pragma once

#include "util/datacodec.h"

#include <QByteArray>
#include <QStringConverter>
#include <QWidget>

#include <optional>

class DataBanner;
class DataEditorBar;
class HexView;
class QAction;
class QLabel;
class QStackedWidget;
class TextEditorPane;

/// Editor of a znode's data: Text (any QStringConverter charset), JSON, XML, YAML, Properties,
/// Hex and Base64 modes over the ORIGINAL bytes.
///
/// Byte-exactness: the loaded bytes are kept as they came from the server; a mode only renders
/// them. The node counts as changed (isDirty) only when the user edited something and the
/// resulting bytes differ, so switching modes or pretty-printing never causes a write. A
/// rendering that would not convert back to the same bytes (e.g. Latin-1 bytes in UTF-8) is
/// read-only. "Auto" (the default) picks the mode from the content; a mode the user picks sticks
/// for the next nodes too. Null data (-1) and empty data (0 bytes) are shown and set apart.
class NodeDataView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDataView)

public:
    using Mode = DataCodec::Mode;
    /// What is on screen right now.
    enum class Shown {
        Nothing,
        Loading,
        Error,
        Null,
        Empty,
        Text,
        Json,
        Xml,
        Yaml,
        Properties,
        Hex,
        Base64
    };
    Q_ENUM(Shown)

    /// Above this size a banner warns about ZooKeeper's 1 MB request limit.
    static constexpr qsizetype kWarnBytes = 900 * 1024;
    /// Text with a line longer than this opens in Hex (see render() for why).
    static constexpr qsizetype kMaxEditorLineChars = 10'000;

    explicit NodeDataView(QWidget *parent = nullptr);

    /// A freshly loaded node: these bytes become the original.
    void setData(const QByteArray &data);
    void showLoading();
    void showError(const QString &message);
    void clear();

    Mode mode() const { return m_mode; }
    /// False (and a message in the view) when an edit cannot be converted for the switch.
    bool setMode(Mode mode);
    Shown shown() const { return m_shown; }
    QStringConverter::Encoding encoding() const { return m_encoding; }
    bool setEncoding(QStringConverter::Encoding encoding);
    DataCodec::JsonStyle jsonStyle() const { return m_jsonStyle; }
    void setJsonStyle(DataCodec::JsonStyle style);

    bool hasData() const { return m_hasData; }
    /// The user changed the data and it differs from what was loaded (or last saved).
    bool isDirty() const;
    QByteArray originalData() const { return m_original; }
    /// The bytes to save, with a pending edit converted; nullopt and `error` when it cannot be
    /// (invalid JSON, a character the encoding lacks, bad Base64).
    std::optional<QByteArray> currentData(QString *error = nullptr);
    /// The server now holds `data`: it becomes the original, the view is clean.
    void markSaved(const QByteArray &data);
    void discardChanges();
    void setNull();
    void setEmpty();
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Text in the text editor (text modes), and the one-line status next to the mode.
    QString text() const;
    QString statusText() const;
    /// The banner under the bar (null/empty, read-only rendering, errors); empty when hidden.
    QString noteText() const;
    QString sizeWarning() const;
    /// True when a text value is shown as hex because of a line too long for the editor.
    bool isLongLineInHex() const { return m_longLineInHex; }
    /// The user's explicit choice: this value in the text editor despite its long line.
    void editLongLineAsText();
    HexView *hexView() const { return m_hex; }
    TextEditorPane *textPane() const { return m_text; }
    QAction *setNullAction() const { return m_setNull; }
    QAction *setEmptyAction() const { return m_setEmpty; }

    /// Auto's choice for `data`, exposed for tests.
    static Mode autoMode(const QByteArray &data);
    static QString sizeText(const QByteArray &data);

signals:
    void dirtyChanged(bool dirty);

private:
    void render();
    /// Length of a line too long for the editor (0: none), in the raw bytes, or in `decoded`.
    qsizetype tooLongLine(const QString *decoded) const;
    void showHex(qsizetype longLine);
    void showPlaceholder(Shown shown, const QString &text);
    bool commitEdit(QString *error);
    bool pendingEdit() const;
    void showNote(const QString &text, bool error);
    void updateState();
    void syncBoxes();
    void followDefaults();
    void replaceWorking(const QByteArray &data); // Set null / Set empty

    DataEditorBar *m_bar = nullptr; // Owned by the widget tree, like all below.
    DataBanner *m_note = nullptr;
    DataBanner *m_sizeBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    TextEditorPane *m_text = nullptr;
    HexView *m_hex = nullptr;
    QAction *m_setNull = nullptr;
    QAction *m_setEmpty = nullptr;

    QByteArray m_original; // as loaded or last saved; isNull() for null data
    QByteArray m_working;  // the current bytes, without an edit still in a pane
    bool m_hasData = false;
    bool m_readOnly = false;
    bool m_lossy = false; // the text pane shows a rendering that does not convert back
    bool m_lastDirty = false;
    bool m_longLineInHex = false;  // shown as hex only because of a long line
    bool m_longLineAsText = false; // the user asked for the editor anyway (this value only)
    Mode m_mode = Mode::Auto;
    Mode m_shownMode = Mode::Text; // the effective mode of what is shown
    Shown m_shown = Shown::Nothing;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    DataCodec::JsonStyle m_jsonStyle = DataCodec::JsonStyle::Compact;
};
