#pragma once

#include <QDockWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SearchResultsModel;
class SubtreeSearch;
class ZkSession;
struct SearchQuery;
struct SearchSummary;

/// The search dock (Ctrl+Shift+F): finds nodes in a subtree by name/path and/or data content
/// over SubtreeSearch. Results stream into a table as they are found; activating one emits
/// pathActivated() so the window selects it in the tree. A bad pattern is reported as it is
/// typed and Search stays disabled: nothing is sent for a query that cannot run.
class SearchPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    /// `session` must outlive the panel.
    explicit SearchPanel(ZkSession *session, QWidget *parent = nullptr);
    ~SearchPanel() override;

    /// Where activate() takes the default root from (the tree's current node).
    void setCurrentPathProvider(std::function<QString()> provider);
    /// Ctrl+Shift+F: shows the dock with the current node as root and focuses the name field.
    QAction *openAction() const { return m_openAction; }
    /// Shows and raises the dock; `root` becomes the search root unless a search is running.
    void activate(const QString &root);

    /// Starts a search with what the form says; false (and the reason shown) when it cannot.
    bool startSearch();
    void cancelSearch();
    bool isRunning() const;
    /// The query the form describes, or the reason it does not describe one.
    SearchQuery query(QString *error) const;
    QString errorText() const;
    QString statusText() const;

    QLineEdit *rootEdit() const { return m_root; }
    QComboBox *nameModeCombo() const { return m_nameMode; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *fullPathCheck() const { return m_fullPath; }
    QComboBox *dataModeCombo() const { return m_dataMode; }
    QLineEdit *dataEdit() const { return m_data; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QCheckBox *caseCheck() const { return m_case; }
    QPushButton *searchButton() const { return m_searchButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTableView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_results; }

signals:
    /// The user activated a result (double-click or Enter).
    void pathActivated(const QString &path);

private:
    QWidget *buildForm();
    QGridLayout *buildQueryGrid(QWidget *box);
    QHBoxLayout *buildButtonRow(QWidget *box);
    QLabel *buildErrorLabel(QWidget *box);
    QTableView *buildResultsView(QWidget *box);
    void connectForm();
    void validate();
    void onProgress(qint64 scanned, double nodesPerSecond);
    void onFinished(const SearchSummary &summary);
    void setRunning(bool running);
    void setError(const QString &text);

    SubtreeSearch *m_search = nullptr;       // Owned (QObject child).
    SearchResultsModel *m_results = nullptr; // Owned (QObject child).
    std::function<QString()> m_currentPath;
    QAction *m_openAction = nullptr;
    QLineEdit *m_root = nullptr;
    QPushButton *m_useSelected = nullptr;
    QComboBox *m_nameMode = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_fullPath = nullptr;
    QComboBox *m_dataMode = nullptr;
    QLineEdit *m_data = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_case = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
};
