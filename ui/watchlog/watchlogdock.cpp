#include "watchlog/watchlogdock.h"

#include "i18n/displaynames.h"

#include "util/actionicons.h"

#include "theme/themecolors.h"

#include "settings/appsettings.h"

#include "node/valuediffdialog.h"
#include "util/servertext.h"
#include "util/servertextproxy.h"
#include "watchlog/subtreewatcher.h"
#include "watchlog/watchlogexport.h"
#include "watchlog/watchlogfilter.h"
#include "watchlog/watchlogmodel.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WatchLogDock::WatchLogDock(ZkSession *session, QWidget *parent)
    : QDockWidget(tr("Watch log"), parent)
    , m_session(session)
{
    setObjectName(u"watchLogDock"_s);
    m_log = new WatchLogModel(this);
    m_log->setCapacity(AppSettings::instance().watchLogCapacity());
    connect(&AppSettings::instance(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::WatchLogCapacity)
            m_log->setCapacity(AppSettings::instance().watchLogCapacity());
    });
    m_log->setSession(session);
    m_filter = new WatchLogFilter(this);
    m_filter->setSourceModel(m_log);
    m_watcher = new SubtreeWatcher(session, this);

    auto *body = new QWidget(this);
    createActions();
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addLayout(buildBar(body));
    layout->addWidget(buildTable(body), 1);
    setWidget(body);
    followModel();
    updateStatus();
}

void WatchLogDock::createActions()
{
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &WatchLogDock::updateStatus);
    m_pause = new QAction(ActionIcons::icon(u"media-playback-pause"_s), tr("Pause"), this);
    m_pause->setObjectName(u"watchLogPause"_s);
    m_pause->setCheckable(true);
    m_pause->setToolTip(
        tr("Hold new events back (they are still recorded) so the rows stand still"));
    connect(m_pause, &QAction::toggled, this, &WatchLogDock::setPaused);
    m_clear = new QAction(ActionIcons::icon(u"edit-clear"_s), tr("Clear"), this);
    m_clear->setObjectName(u"watchLogClear"_s);
    connect(m_clear, &QAction::triggered, this, [this] {
        m_log->clear();
        updateStatus();
    });
    m_unwatchAll = new QAction(tr("Unwatch subtrees"), this);
    m_unwatchAll->setObjectName(u"watchLogUnwatchAll"_s);
    m_unwatchAll->setEnabled(false);
    connect(m_unwatchAll, &QAction::triggered, this, [this] {
        for (const QString &root : m_watcher->roots()) unwatchSubtree(root);
    });
}

void WatchLogDock::setPaused(bool paused)
{
    m_log->setPaused(paused);
    if (paused)
        m_statusTimer->start();
    else
        m_statusTimer->stop();
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(
        ActionIcons::icon(paused ? u"media-playback-start"_s : u"media-playback-pause"_s));
    updateStatus();
}

QHBoxLayout *WatchLogDock::buildBar(QWidget *body)
{
    m_filterEdit = new QLineEdit(body);
    m_filterEdit->setObjectName(u"watchLogFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by path prefix"));
    m_filterEdit->setClearButtonEnabled(true);
    m_regex = new QCheckBox(tr("Regex"), body);
    m_regex->setObjectName(u"watchLogRegex"_s);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &WatchLogDock::applyFilter);
    connect(m_regex, &QCheckBox::toggled, this, &WatchLogDock::applyFilter);

    const auto button = [body](QAction *action) {
        auto *b = new QToolButton(body);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_status = new QLabel(body);
    m_status->setObjectName(u"watchLogStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterEdit, 2);
    bar->addWidget(m_regex);
    bar->addWidget(buildTypeButton(body));
    bar->addWidget(button(m_pause));
    bar->addWidget(button(m_clear));
    bar->addWidget(buildExportButton(body));
    bar->addWidget(button(m_unwatchAll));
    bar->addWidget(m_status, 1);
    return bar;
}

QToolButton *WatchLogDock::buildTypeButton(QWidget *body)
{
    m_typeButton = new QToolButton(body);
    m_typeButton->setObjectName(u"watchLogTypes"_s);
    m_typeButton->setText(tr("Events"));
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    auto *typeMenu = new QMenu(m_typeButton);
    for (WatchLogType t :
         {WatchLogType::Created, WatchLogType::Deleted, WatchLogType::DataChanged,
          WatchLogType::ChildrenChanged, WatchLogType::SessionState, WatchLogType::Note}) {
        QAction *a = typeMenu->addAction(DisplayNames::watchLogType(t));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, t](bool on) {
            m_filter->setTypeShown(t, on);
            updateStatus();
        });
        m_typeActions << a;
    }
    m_typeButton->setMenu(typeMenu);
    return m_typeButton;
}

QToolButton *WatchLogDock::buildExportButton(QWidget *body)
{
    auto *exportButton = new QToolButton(body);
    exportButton->setObjectName(u"watchLogExport"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("CSV…"), this, [this] { exportWithDialog(Format::Csv); });
    exportMenu->addAction(tr("JSON…"), this, [this] { exportWithDialog(Format::Json); });
    exportButton->setMenu(exportMenu);
    return exportButton;
}

QTableView *WatchLogDock::buildTable(QWidget *body)
{
    m_table = new QTableView(body);
    m_table->setObjectName(u"watchLogTable"_s);
    m_shown = new ServerTextProxy(this);
    m_shown->setSourceModel(m_filter);
    m_table->setModel(m_shown);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths from the font: never measure 10,000 rows.
    const QFontMetrics fm(m_table->font());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int pad = 2 * fm.horizontalAdvance(u' ') + 12;
    header->resizeSection(WatchLogModel::TimeColumn, fm.horizontalAdvance(u"00:00:00.000"_s) + pad);
    header->resizeSection(WatchLogModel::SessionColumn,
                          fm.horizontalAdvance(u"0x1000000000000ff"_s) + pad);
    header->resizeSection(WatchLogModel::TypeColumn,
                          fm.horizontalAdvance(u"children changed"_s) + pad);
    header->resizeSection(WatchLogModel::PathColumn,
                          fm.horizontalAdvance(u"/app/config/service-00"_s) + pad * 3);
    header->resizeSection(WatchLogModel::SizeColumn,
                          fm.horizontalAdvance(u"1023.9 KiB → 1023.9 KiB"_s) + pad);
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { showValues(index); });
    return m_table;
}

void WatchLogDock::followModel()
{
    // Follow the newest row only while the user is at the bottom: reading older rows is not
    // interrupted by a burst.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= m_table->verticalScrollBar()->maximum() - 1; });
    connect(m_log, &WatchLogModel::batchInserted, this, [this] {
        if (m_follow) m_table->scrollToBottom();
        updateStatus();
    });
    connect(m_watcher, &SubtreeWatcher::watchedCountChanged, this, &WatchLogDock::updateStatus);
    connect(m_watcher, &SubtreeWatcher::subtreeReady, this,
            [this](const QString &root, int nodes, bool capped) {
                ZkWatchRegistry::forSession(m_session)->reportNote(
                    root,
                    capped ? tr("watching %1 nodes of this subtree (cap reached)").arg(nodes)
                           : tr("watching this subtree: %1 nodes").arg(nodes));
                updateStatus();
            });
}

QAction *WatchLogDock::typeAction(WatchLogType type) const
{
    const int i = int(type);
    return i < m_typeActions.size() ? m_typeActions[i] : nullptr;
}

void WatchLogDock::applyFilter()
{
    const bool ok = m_filter->setPathFilter(m_filterEdit->text(), m_regex->isChecked());
    m_filterEdit->setPlaceholderText(m_regex->isChecked() ? tr("Filter by path regex")
                                                          : tr("Filter by path prefix"));
    m_filterEdit->setStyleSheet(ok ? QString() : ThemeColors::errorTextStyle(palette()));
    m_filterEdit->setToolTip(ok ? QString() : m_filter->pathFilterError());
    updateStatus();
}

QString WatchLogDock::statusText() const { return m_status->text(); }

void WatchLogDock::updateStatus()
{
    const int rows = m_log->rowCount();
    QString text = rows == 1 ? tr("1 event") : tr("%1 events").arg(rows);
    if (m_filter->rowCount() != m_log->rowCount())
        text += tr(", %1 shown").arg(m_filter->rowCount());
    if (m_log->isPaused()) text += tr(" — paused, %n waiting", nullptr, m_log->pendingCount());
    if (m_watcher->watchedCount() > 0)
        text += tr(" — %1 nodes watched in %2 subtree(s)")
                    .arg(m_watcher->watchedCount())
                    .arg(m_watcher->roots().size());
    m_status->setText(text);
    m_unwatchAll->setEnabled(!m_watcher->roots().isEmpty());
}

void WatchLogDock::watchSubtree(const QString &path)
{
    m_watcher->watchSubtree(path);
    show();
    raise();
    updateStatus();
}

void WatchLogDock::unwatchSubtree(const QString &path)
{
    m_watcher->unwatchSubtree(path);
    ZkWatchRegistry::forSession(m_session)->reportNote(path, tr("stopped watching this subtree"));
    updateStatus();
}

QAction *WatchLogDock::subtreeAction(const QString &path, QObject *menuParent)
{
    const bool watched = m_watcher->roots().contains(path);
    auto *action = new QAction(
        watched ? tr("Stop watching subtree in log") : tr("Watch subtree in log"), menuParent);
    action->setObjectName(u"watchSubtreeAction"_s);
    action->setToolTip(tr("Log every change below this node, even collapsed (at most %1 nodes)")
                           .arg(m_watcher->cap()));
    connect(action, &QAction::triggered, this, [this, path, watched] {
        if (watched)
            unwatchSubtree(path);
        else
            watchSubtree(path);
    });
    return action;
}

bool WatchLogDock::exportTo(const QString &fileName, Format format, QString *error)
{
    m_log->flush();
    const QList<WatchLogEntry> entries = m_filter->visibleEntries();
    return WatchLogExport::writeFile(fileName,
                                     format == Format::Csv ? WatchLogExport::toCsv(entries)
                                                           : WatchLogExport::toJson(entries),
                                     error);
}

void WatchLogDock::exportWithDialog(Format format)
{
    const bool csv = format == Format::Csv;
    auto *dialog = new QFileDialog(this, tr("Export the watch log"), QString(),
                                   csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? u"csv"_s : u"json"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &file) {
        QString error;
        if (exportTo(file, format, &error)) return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                    tr("Could not write %1: %2").arg(ServerText::path(file), error),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        ServerText::makePlain(box);
        box->open();
    });
    dialog->open(); // not exec(): events keep arriving while the dialog is up
}

QDialog *WatchLogDock::showValues(const QModelIndex &viewIndex)
{
    const QModelIndex source = m_filter->mapToSource(m_shown->mapToSource(viewIndex));
    if (!source.isValid()) return nullptr;
    const WatchLogEntry &entry = m_log->entry(source.row());
    if (!entry.hasNewValue && !entry.hasOldValue) return nullptr;
    auto *dialog = new ValueDiffDialog(entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}
