#pragma once

#include "util/datacodec.h"

#include <QWidget>

class QCheckBox;
class QFont;
class QLabel;
class QLineEdit;
class QsciLexer;
class QsciScintilla;

/// The text editor of the data view: QScintilla with a lexer per mode (JSON, XML, YAML,
/// Properties; none for Text and Base64), folding, line numbers and a find bar (Ctrl+F).
///
/// QScintilla rather than hand-written highlighting: Debian packages it, it has the lexers,
/// folding and search built in, and it keeps styling lazy (only what is shown), which matters
/// for 900 KB nodes.
///
/// "Modified" is Scintilla's save point: setContent() sets it, so loading text never counts as
/// an edit, and undoing back to the loaded text clears it again.
class TextEditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextEditorPane)

public:
    explicit TextEditorPane(QWidget *parent = nullptr);

    /// Replaces the text, picks the lexer for `mode`, empties the undo history, not modified.
    void setContent(const QString &text, DataCodec::Mode mode);
    QString text() const;
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    /// Puts the caret at a 1-based line and column (e.g. a JSON error) and focuses the editor.
    void goTo(int line, int column);

    QsciScintilla *editor() const { return m_editor; }
    /// Opens the find bar with the selection (or the last search) and focuses it.
    void showFind();
    /// Finds `text` from the caret (wrapping); false when there is no match.
    bool find(const QString &text, bool forward = true);

signals:
    void modificationChanged(bool modified);

private:
    void createEditor(const QFont &fixed);
    void createLexers(const QFont &fixed);
    QWidget *buildFindBar();
    void addFindShortcuts();
    QsciLexer *lexerFor(DataCodec::Mode mode) const;
    void updateMarginWidth();
    void applyColors();
    void applyFont(const QFont &font);

    QsciScintilla *m_editor = nullptr; // Owned by the widget tree.
    QsciLexer *m_json = nullptr;       // Owned (QObject children).
    QsciLexer *m_xml = nullptr;
    QsciLexer *m_yaml = nullptr;
    QsciLexer *m_properties = nullptr;
    QWidget *m_findBar = nullptr; // Owned by the widget tree.
    QLineEdit *m_findEdit = nullptr;
    QCheckBox *m_findCase = nullptr;
    QLabel *m_findStatus = nullptr;
};
