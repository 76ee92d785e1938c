#include "search/searchpanel.h"

#include "util/actionicons.h"

#include "theme/themecolors.h"

#include "search/searchmatcher.h"
#include "search/searchresultsmodel.h"
#include "search/subtreesearch.h"
#include "util/servertext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
using Mode = SearchQuery::TextMode;

QString count(qint64 n) { return QLocale().toString(n); }
} // namespace

SearchPanel::SearchPanel(ZkSession *session, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_search(new SubtreeSearch(session, this))
    , m_results(new SearchResultsModel(this))
{
    setObjectName(u"searchDock"_s);
    setWidget(buildForm());

    m_openAction = new QAction(ActionIcons::icon(u"system-search"_s), tr("Search…"), this);
    m_openAction->setObjectName(u"searchAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_openAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_openAction, &QAction::triggered, this,
            [this] { activate(m_currentPath ? m_currentPath() : QString()); });

    connect(m_search, &SubtreeSearch::resultsFound, m_results, &SearchResultsModel::append);
    connect(m_search, &SubtreeSearch::progress, this,
            [this](qint64 scanned, qint64, double rate) { onProgress(scanned, rate); });
    connect(m_search, &SubtreeSearch::finished, this, &SearchPanel::onFinished);
    validate();
}

SearchPanel::~SearchPanel() = default;

QWidget *SearchPanel::buildForm()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buildQueryGrid(box));
    layout->addLayout(buildButtonRow(box));
    layout->addWidget(buildErrorLabel(box));
    layout->addWidget(buildResultsView(box), 1);
    connectForm();
    return box;
}

QGridLayout *SearchPanel::buildQueryGrid(QWidget *box)
{
    auto *form = new QGridLayout;
    form->setContentsMargins(0, 0, 0, 0);

    m_root = new QLineEdit(u"/"_s, box);
    m_root->setObjectName(u"searchRoot"_s);
    m_root->setToolTip(tr("The subtree searched (the node itself included)"));
    m_useSelected = new QPushButton(tr("Use selected"), box);
    m_useSelected->setToolTip(tr("Search below the node selected in the tree"));
    connect(m_useSelected, &QPushButton::clicked, this, [this] {
        if (m_currentPath && !m_currentPath().isEmpty()) m_root->setText(m_currentPath());
    });
    m_case = new QCheckBox(tr("Match case"), box);
    form->addWidget(new QLabel(tr("In:"), box), 0, 0);
    form->addWidget(m_root, 0, 1);
    form->addWidget(m_useSelected, 0, 2);
    form->addWidget(m_case, 0, 3);

    m_nameMode = new QComboBox(box);
    m_nameMode->addItem(tr("Name contains"), int(Mode::Substring));
    m_nameMode->addItem(tr("Name wildcard"), int(Mode::Glob));
    m_nameMode->addItem(tr("Name regex"), int(Mode::Regex));
    m_name = new QLineEdit(box);
    m_name->setObjectName(u"searchName"_s);
    m_name->setPlaceholderText(tr("e.g. broker, topic-*, ^lock-\\d+$ (empty: any name)"));
    m_name->setClearButtonEnabled(true);
    m_fullPath = new QCheckBox(tr("Full path"), box);
    m_fullPath->setToolTip(tr("Match the pattern against the whole path instead of the name"));
    form->addWidget(m_nameMode, 1, 0);
    form->addWidget(m_name, 1, 1, 1, 2);
    form->addWidget(m_fullPath, 1, 3);

    m_dataMode = new QComboBox(box);
    m_dataMode->addItem(tr("Data contains"), int(Mode::Substring));
    m_dataMode->addItem(tr("Data regex"), int(Mode::Regex));
    m_dataMode->addItem(tr("Data hex bytes"), int(Mode::Bytes));
    m_data = new QLineEdit(box);
    m_data->setObjectName(u"searchData"_s);
    m_data->setPlaceholderText(
        tr("text, regex or hex bytes like \"de ad be ef\" (empty: any data)"));
    m_data->setClearButtonEnabled(true);
    m_encoding = new QComboBox(box);
    m_encoding->setToolTip(tr("How node data is decoded before text matching"));
    m_encoding->addItem(u"UTF-8"_s, int(QStringConverter::Utf8));
    m_encoding->addItem(u"Latin-1"_s, int(QStringConverter::Latin1));
    m_encoding->addItem(u"UTF-16 LE"_s, int(QStringConverter::Utf16LE));
    m_encoding->addItem(u"UTF-16 BE"_s, int(QStringConverter::Utf16BE));
    form->addWidget(m_dataMode, 2, 0);
    form->addWidget(m_data, 2, 1, 1, 2);
    form->addWidget(m_encoding, 2, 3);
    form->setColumnStretch(1, 1);
    return form;
}

QHBoxLayout *SearchPanel::buildButtonRow(QWidget *box)
{
    m_searchButton = new QPushButton(tr("Search"), box);
    m_searchButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setEnabled(false);
    m_status = new QLabel(box);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ServerText::makePlain(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_status, 1);
    return buttons;
}

QLabel *SearchPanel::buildErrorLabel(QWidget *box)
{
    m_error = new QLabel(box);
    m_error->setObjectName(u"searchError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ServerText::makePlain(m_error);
    ThemeColors::markAsError(m_error);
    m_error->hide();
    return m_error;
}

QTableView *SearchPanel::buildResultsView(QWidget *box)
{
    m_view = new QTableView(box);
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_results);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setShowGrid(false);
    // Fixed row heights and no ResizeToContents: with 50,000 rows anything that measures rows
    // makes each batch insertion cost as much as the whole table.
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->resizeSection(SearchResultsModel::PathColumn, 48 * fontMetrics().averageCharWidth());
    columns->resizeSection(SearchResultsModel::MatchColumn,
                           fontMetrics().horizontalAdvance(u"name + data"_s) + 16);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit pathActivated(index.data(SearchResultsModel::PathRole).toString());
    });
    return m_view;
}

void SearchPanel::connectForm()
{
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPanel::startSearch);
    connect(m_cancelButton, &QPushButton::clicked, this, &SearchPanel::cancelSearch);
    for (QLineEdit *edit : {m_root, m_name, m_data}) {
        connect(edit, &QLineEdit::textChanged, this, &SearchPanel::validate);
        connect(edit, &QLineEdit::returnPressed, this, &SearchPanel::startSearch);
    }
    for (QComboBox *combo : {m_nameMode, m_dataMode, m_encoding})
        connect(combo, &QComboBox::currentIndexChanged, this, &SearchPanel::validate);
    for (QCheckBox *check : {m_case, m_fullPath})
        connect(check, &QCheckBox::toggled, this, &SearchPanel::validate);
}

void SearchPanel::setCurrentPathProvider(std::function<QString()> provider)
{
    m_currentPath = std::move(provider);
}

void SearchPanel::activate(const QString &root)
{
    show();
    raise();
    if (!isRunning() && !root.isEmpty()) m_root->setText(root);
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

SearchQuery SearchPanel::query(QString *error) const
{
    SearchQuery q;
    q.root = m_root->text().trimmed();
    q.caseSensitivity = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    // An empty field means "any": a name-only, data-only or combined search from one form.
    if (!m_name->text().isEmpty()) {
        q.nameMode = Mode(m_nameMode->currentData().toInt());
        q.namePattern = m_name->text();
        q.matchFullPath = m_fullPath->isChecked();
    }
    if (!m_data->text().isEmpty()) {
        q.dataMode = Mode(m_dataMode->currentData().toInt());
        q.dataPattern = m_data->text();
        q.encoding = QStringConverter::Encoding(m_encoding->currentData().toInt());
    }
    QString why;
    if (q.nameMode == Mode::None && q.dataMode == Mode::None)
        why = tr("Enter a name or a data pattern.");
    else
        why = SearchMatcher().compile(q);
    if (why.isEmpty() && !q.root.startsWith(u'/'))
        why = tr("The search root must be an absolute path such as /brokers.");
    if (error) *error = why;
    return q;
}

void SearchPanel::validate()
{
    m_encoding->setEnabled(Mode(m_dataMode->currentData().toInt()) != Mode::Bytes);
    QString why;
    query(&why);
    // An empty form is not an error worth shouting about; a broken pattern is.
    const bool empty = m_name->text().isEmpty() && m_data->text().isEmpty();
    setError(empty ? QString() : why);
    m_searchButton->setEnabled(why.isEmpty() && !isRunning());
}

bool SearchPanel::startSearch()
{
    QString why;
    const SearchQuery q = query(&why);
    if (why.isEmpty()) why = m_search->start(q);
    if (!why.isEmpty()) {
        setError(why);
        return false;
    }
    setError({});
    m_results->clear();
    setRunning(true);
    m_status->setText(tr("Searching %1…").arg(ServerText::path(q.root)));
    return true;
}

void SearchPanel::cancelSearch() { m_search->cancel(); }

bool SearchPanel::isRunning() const { return m_search->isRunning(); }

QString SearchPanel::errorText() const { return m_error->text(); }

QString SearchPanel::statusText() const { return m_status->text(); }

void SearchPanel::onProgress(qint64 scanned, double nodesPerSecond)
{
    m_status->setText(
        tr("%1 found · %2 nodes scanned · %3 nodes/s…")
            .arg(count(m_results->totalCount()), count(scanned), count(qRound64(nodesPerSecond))));
}

void SearchPanel::onFinished(const SearchSummary &summary)
{
    m_results->flush();
    setRunning(false);
    QString text = summary.hits == 1 ? tr("1 result") : tr("%1 results").arg(count(summary.hits));
    const QString elapsed = summary.elapsedMs < 1000
        ? tr("%1 ms").arg(summary.elapsedMs)
        : tr("%1 s").arg(summary.elapsedMs / 1000.0, 0, 'f', 1);
    text += tr(" · %1 nodes scanned in %2 (%3 nodes/s)")
                .arg(count(summary.scanned), elapsed, count(qRound64(summary.nodesPerSecond())));
    if (summary.vanished > 0) text += tr(" · %1 deleted meanwhile").arg(count(summary.vanished));
    if (summary.refused > 0)
        text += tr(" · %1 not readable (no permission)").arg(count(summary.refused));
    if (summary.cancelled) text += tr(" · cancelled");
    m_status->setText(text);
    if (!summary.error.isEmpty()) setError(tr("The search stopped early: %1").arg(summary.error));
}

void SearchPanel::setRunning(bool running)
{
    m_cancelButton->setEnabled(running);
    m_root->setEnabled(!running);
    m_useSelected->setEnabled(!running);
    validate();
}

void SearchPanel::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}
