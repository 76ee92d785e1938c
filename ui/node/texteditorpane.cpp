#include "node/texteditorpane.h"

#include "settings/appsettings.h"
#include "theme/themecolors.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerxml.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void setupLexer(QsciLexer *lexer, const QFont &font)
{
    lexer->setDefaultFont(font);
    lexer->setFont(font); // every style: no proportional or bold-width surprises
}

} // namespace

TextEditorPane::TextEditorPane(QWidget *parent)
    : QWidget(parent)
{
    const QFont fixed = AppSettings::instance().editorFont();
    createEditor(fixed);
    createLexers(fixed);
    ThemeColors::follow(this, [this] { applyColors(); });
    connect(&AppSettings::instance(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::EditorFont) applyFont(AppSettings::instance().editorFont());
    });
    m_findBar = buildFindBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    addFindShortcuts();
    connect(m_editor, &QsciScintilla::modificationChanged, this,
            &TextEditorPane::modificationChanged);
    connect(m_editor, &QsciScintilla::linesChanged, this, &TextEditorPane::updateMarginWidth);
}

void TextEditorPane::createEditor(const QFont &fixed)
{
    m_editor = new QsciScintilla(this);
    m_editor->setObjectName(u"dataEditor"_s);
    m_editor->setUtf8(true);
    m_editor->setFont(fixed);
    m_editor->setMarginsFont(fixed);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setTabWidth(4);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setAutoIndent(true);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setCaretLineVisible(true);
    m_editor->setEolMode(QsciScintilla::EolUnix);
    // Horizontal scroll range follows the longest line seen, not a fixed 2000 px.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);
}

void TextEditorPane::createLexers(const QFont &fixed)
{
    auto *json = new QsciLexerJSON(this);
    json->setFoldCompact(false);
    m_json = json;
    auto *xml = new QsciLexerXML(this);
    xml->setFoldCompact(false);
    m_xml = xml;
    m_yaml = new QsciLexerYAML(this);
    m_properties = new QsciLexerProperties(this);
    for (QsciLexer *lexer : {m_json, m_xml, m_yaml, m_properties}) setupLexer(lexer, fixed);
}

// Scintilla paints with its own colours, not the widget palette: they are set from the palette
// here, again when it changes (light/dark), and after setLexer() which resets some of them.
void TextEditorPane::applyColors()
{
    const QPalette pal = QApplication::palette(this); // current even while a change propagates
    for (QsciLexer *lexer : {m_json, m_xml, m_yaml, m_properties})
        ThemeColors::applyToLexer(lexer, pal);
    m_editor->setColor(pal.color(QPalette::Text));
    m_editor->setPaper(pal.color(QPalette::Base));
    m_editor->setCaretForegroundColor(pal.color(QPalette::Text));
    m_editor->setCaretLineBackgroundColor(pal.color(QPalette::AlternateBase));
    m_editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    m_editor->setMarginsBackgroundColor(pal.color(QPalette::Window));
    m_editor->setMarginsForegroundColor(pal.color(QPalette::WindowText));
    m_editor->setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    m_editor->setMatchedBraceBackgroundColor(pal.color(QPalette::AlternateBase));
    m_editor->setMatchedBraceForegroundColor(ThemeColors::text(ThemeColors::Accent::Info, pal));
}

void TextEditorPane::applyFont(const QFont &font)
{
    for (QsciLexer *lexer : {m_json, m_xml, m_yaml, m_properties}) setupLexer(lexer, font);
    m_editor->setFont(font);
    m_editor->setMarginsFont(font);
    applyColors(); // setFont() on a lexer re-applies its styles
    updateMarginWidth();
}

QWidget *TextEditorPane::buildFindBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"findBar"_s);
    m_findEdit = new QLineEdit(bar);
    m_findEdit->setObjectName(u"findEdit"_s);
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_findCase = new QCheckBox(tr("Match case"), bar);
    m_findStatus = new QLabel(bar);
    const auto button = [bar](const QString &text) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        return b;
    };
    QToolButton *next = button(tr("Next"));
    QToolButton *prev = button(tr("Previous"));
    QToolButton *close = button(tr("Close"));
    close->setAutoRaise(true);
    auto *findRow = new QHBoxLayout(bar);
    findRow->setContentsMargins(0, 2, 0, 0);
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(prev);
    findRow->addWidget(next);
    findRow->addWidget(m_findCase);
    findRow->addWidget(m_findStatus);
    findRow->addWidget(close);
    bar->hide();
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_findEdit->text()); });
    connect(prev, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), false); });
    connect(close, &QToolButton::clicked, bar, &QWidget::hide);
    return bar;
}

void TextEditorPane::addFindShortcuts()
{
    auto *findAction = new QAction(tr("Find…"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &TextEditorPane::showFind);
    addAction(findAction);
    auto *hideFind = new QAction(this);
    hideFind->setShortcut(Qt::Key_Escape);
    hideFind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(hideFind, &QAction::triggered, this, [this] {
        m_findBar->hide();
        m_editor->setFocus();
    });
    m_findBar->addAction(hideFind);
}

QsciLexer *TextEditorPane::lexerFor(DataCodec::Mode mode) const
{
    switch (mode) {
    case DataCodec::Mode::Json:
        return m_json;
    case DataCodec::Mode::Xml:
        return m_xml;
    case DataCodec::Mode::Yaml:
        return m_yaml;
    case DataCodec::Mode::Properties:
        return m_properties;
    default:
        return nullptr;
    }
}

void TextEditorPane::setContent(const QString &text, DataCodec::Mode mode)
{
    QsciLexer *lexer = lexerFor(mode);
    if (m_editor->lexer() != lexer) {
        m_editor->setLexer(lexer);
        const QFont font = AppSettings::instance().editorFont();
        if (!lexer) m_editor->setFont(font);
        // setLexer() resets the margin font and fold colours.
        m_editor->setMarginsFont(font);
        applyColors();
        m_editor->setFolding(lexer ? QsciScintilla::BoxedTreeFoldStyle : QsciScintilla::NoFoldStyle,
                             2);
    }
    const bool readOnly = m_editor->isReadOnly();
    m_editor->setReadOnly(false); // SETTEXT is refused on a read-only document
    m_editor->setText(text);
    m_editor->setReadOnly(readOnly);
    // The loaded text is the save point, and the previous node's edits are not undoable here.
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    m_editor->setCursorPosition(0, 0);
    updateMarginWidth();
}

QString TextEditorPane::text() const { return m_editor->text(); }

bool TextEditorPane::isModified() const { return m_editor->isModified(); }

void TextEditorPane::setModified(bool modified) { m_editor->setModified(modified); }

void TextEditorPane::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_editor->setCaretLineVisible(!readOnly);
}

bool TextEditorPane::isReadOnly() const { return m_editor->isReadOnly(); }

void TextEditorPane::goTo(int line, int column)
{
    m_editor->setCursorPosition(qMax(0, line - 1), qMax(0, column - 1));
    m_editor->ensureLineVisible(qMax(0, line - 1));
    m_editor->setFocus();
}

void TextEditorPane::updateMarginWidth()
{
    const QString digits = QString(QString::number(m_editor->lines()).size() + 1, u'9');
    m_editor->setMarginWidth(0, digits);
}

void TextEditorPane::showFind()
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_findEdit->setText(m_editor->selectedText());
    m_findStatus->clear();
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

bool TextEditorPane::find(const QString &text, bool forward)
{
    if (text.isEmpty()) return false;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        // Search backwards from the start of the current match, not from its end.
        int l2 = 0, i2 = 0;
        m_editor->getSelection(&line, &index, &l2, &i2);
    }
    const bool found = m_editor->findFirst(text, false, m_findCase->isChecked(), false, true,
                                           forward, line, index, true);
    m_findStatus->setText(found ? QString() : tr("not found"));
    return found;
}
