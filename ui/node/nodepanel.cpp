#include "node/nodepanel.h"

#include "util/actionicons.h"

#include "theme/themecolors.h"

#include "acl/aclview.h"
#include "acl/noauthexplainer.h"
#include "node/databanner.h"
#include "node/nodedataview.h"
#include "node/nodelivefollower.h"
#include "node/savehistory.h"
#include "node/statview.h"
#include "node/versionedwrite.h"
#include "util/servertext.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NodePanel::NodePanel(ZkSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_data = new NodeDataView(this);
    m_data->setObjectName(u"nodeDataView"_s);
    m_stat = new StatView(this);
    m_stat->setObjectName(u"statView"_s);
    m_acl = new AclView(session, this);
    m_acl->setObjectName(u"aclView"_s);
    connect(m_acl, &AclView::statusMessage, this, &NodePanel::statusMessage);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"nodeTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_data, tr("Data"));
    m_tabs->addTab(m_stat, tr("Stat"));
    m_tabs->addTab(m_acl, tr("ACL"));
    createActions();
    m_serverBanner = new DataBanner(u"serverChangeBanner"_s, this);
    m_serverBanner->setMessage({}, DataBanner::Kind::Info);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addLayout(buildPathRow());
    layout->addWidget(m_serverBanner);
    layout->addWidget(m_tabs, 1);
    connect(m_data, &NodeDataView::dirtyChanged, this, &NodePanel::updateDirty);

    m_follower = new NodeLiveFollower(session, this);
    connect(m_follower, &NodeLiveFollower::changed, this, &NodePanel::nodeChangedOnServer);
    connect(m_follower, &NodeLiveFollower::deleted, this, &NodePanel::nodeDeletedOnServer);
    clear();
}

void NodePanel::createActions()
{
    m_save = new QAction(ActionIcons::icon(u"document-save"_s), tr("&Save"), this);
    m_save->setObjectName(u"saveAction"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WindowShortcut);
    m_save->setToolTip(tr("Write the data to the node, if nobody changed it since it was "
                          "loaded (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    addAction(m_save);
    m_revert = new QAction(ActionIcons::icon(u"document-revert"_s), tr("Re&vert"), this);
    m_revert->setObjectName(u"revertAction"_s);
    m_revert->setToolTip(tr("Discard the unsaved changes"));
    connect(m_revert, &QAction::triggered, m_data, &NodeDataView::discardChanges);
}

QHBoxLayout *NodePanel::buildPathRow()
{
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_pathEdit->setReadOnly(true); // selectable and copyable, never editable here
    m_pathEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pathEdit->setPlaceholderText(tr("no node selected"));
    m_pathLabel = new QLabel(tr("Path:"), this);
    m_pathLabel->setObjectName(u"pathLabel"_s);
    m_dirtyLabel = new QLabel(tr("● unsaved changes"), this);
    m_dirtyLabel->setObjectName(u"dirtyLabel"_s);
    ThemeColors::follow(m_dirtyLabel, [this] {
        m_dirtyLabel->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(
            ThemeColors::text(ThemeColors::Accent::Warning, QApplication::palette()).name()));
    });
    m_dirtyLabel->hide();
    auto *saveButton = new QToolButton(this);
    saveButton->setObjectName(u"saveButton"_s);
    saveButton->setDefaultAction(m_save);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_pathRow = new QHBoxLayout;
    m_pathRow->setContentsMargins(0, 0, 0, 0);
    m_pathRow->addWidget(m_pathLabel);
    m_pathRow->addWidget(m_pathEdit, 1);
    m_pathRow->addWidget(m_dirtyLabel);
    m_pathRow->addWidget(saveButton);
    return m_pathRow;
}

void NodePanel::addPathAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pathRow->insertWidget(m_pathRow->count() - 1, button);
}

void NodePanel::setSaveHistory(SaveHistory *history) { m_history = history; }

void NodePanel::clear()
{
    ++m_generation;
    m_path.clear();
    m_follower->follow({});
    m_serverBanner->setMessage({}, DataBanner::Kind::Info);
    m_loaded = false;
    m_pathEdit->clear();
    m_data->clear();
    m_stat->showMessage(tr("Select a node to see its Stat"));
    m_acl->clear();
    updateDirty();
}

void NodePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_data->setReadOnly(readOnly);
    m_acl->setReadOnly(readOnly);
    updateDirty();
}

bool NodePanel::isDirty() const { return m_loaded && m_data->isDirty(); }

void NodePanel::updateDirty()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && !m_readOnly && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    m_dirtyLabel->setVisible(dirty);
    m_tabs->setTabText(m_tabs->indexOf(m_data), dirty ? tr("Data *") : tr("Data"));
    m_pathLabel->setText(dirty ? tr("Path*:") : tr("Path:"));
    emit dirtyChanged(dirty);
}

void NodePanel::showNode(const QString &path, const std::optional<ZkStat> &knownStat)
{
    if (path.isEmpty()) {
        clear();
        return;
    }
    m_path = path;
    m_pathEdit->setText(path);
    m_pathEdit->setCursorPosition(0);
    if (knownStat)
        m_stat->setStat(*knownStat);
    else
        m_stat->showMessage(tr("Loading…"));
    fetch();
}

void NodePanel::reload()
{
    if (m_path.isEmpty()) return;
    confirmLeave([this] { fetch(); });
}

void NodePanel::fetch()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_data->showLoading();
    updateDirty();
    if (m_follower->path() != m_path) {
        m_follower->follow(m_path);
        m_serverBanner->setMessage({}, DataBanner::Kind::Info);
    }
    m_acl->showNode(m_path);
    m_session->getData(m_path, true, this, [this, generation](const DataReply &reply) {
        if (generation != m_generation) return; // the user has moved on to another node
        if (reply.error)
            showReadError(reply, generation);
        else
            showLoaded(reply.data, reply.stat);
    });
}

void NodePanel::showReadError(const DataReply &reply, quint64 generation)
{
    m_data->showError(reply.error.toString());
    if (reply.error.code == ZkCode::NoAuth) // say why, in place of the bare code
        NoAuthExplainer::explainAsync(m_session, ZkOperation::ReadData, reply.path, this,
                                      [this, generation](const QString &text) {
                                          if (generation == m_generation) m_data->showError(text);
                                      });
    m_stat->showMessage(reply.error.toString());
    emit statusMessage(StatusMessage::error(
        tr("Could not read %1: %2").arg(ServerText::path(reply.path), reply.error.message)));
}

void NodePanel::showLoaded(const QByteArray &data, const ZkStat &stat)
{
    m_version = stat.version;
    m_liveStat = stat;
    m_loaded = true;
    m_data->setData(data);
    m_data->setReadOnly(m_readOnly);
    m_stat->setStat(stat);
    updateDirty();
}

void NodePanel::showError(const QString &title, const QString &text)
{
    // open(), not exec(): no nested event loop while requests and watches keep arriving.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(u"saveErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    ServerText::makePlain(box);
    box->open();
}

void NodePanel::save(std::function<void(bool)> done)
{
    const auto finish = [&done](bool saved) {
        if (done) done(saved);
    };
    if (!m_loaded || m_saving || m_readOnly) {
        finish(false);
        return;
    }
    if (!m_data->isDirty()) {
        finish(true); // nothing changed: never rewrite a node the user did not change
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = m_data->currentData(&error);
    if (!bytes) {
        showError(tr("Cannot save %1").arg(ServerText::path(m_path)), error);
        finish(false);
        return;
    }
    if (!m_data->isDirty()) {
        finish(true); // the edit converted back to exactly the stored bytes
        return;
    }
    startSave({m_path, m_generation, m_data->originalData(), *bytes, std::move(done)});
}

void NodePanel::startSave(SaveRequest request)
{
    m_saving = true;
    updateDirty();
    const QString path = request.path;
    const QByteArray after = request.after;
    VersionedWrite::start(m_session, this, path, after, m_version,
                          [this, request = std::move(request)](const VersionedWrite::Result &r) {
                              onSaveFinished(request, r);
                          });
}

void NodePanel::onSaveFinished(const SaveRequest &request, const VersionedWrite::Result &r)
{
    m_saving = false;
    const QString &path = request.path;
    const bool current = request.generation == m_generation && path == m_path;
    bool saved = false;
    switch (r.outcome) {
    case VersionedWrite::Outcome::Saved:
        saved = true;
        if (m_history) m_history->record(path, request.before, request.after, r.stat.version);
        if (current) {
            m_version = r.stat.version;
            m_data->markSaved(request.after);
            m_stat->setStat(r.stat);
        }
        emit statusMessage(
            StatusMessage::info(tr("Saved %1 (version %2)")
                                    .arg(ServerText::path(path), QString::number(r.stat.version))));
        break;
    case VersionedWrite::Outcome::Reloaded:
        if (current) showLoaded(r.serverData, r.stat);
        emit statusMessage(
            StatusMessage::info(tr("Reloaded %1 from the server; your edit was discarded")
                                    .arg(ServerText::path(path))));
        break;
    case VersionedWrite::Outcome::KeptEditing:
        emit statusMessage(StatusMessage::error(
            tr("%1 was not saved: it changed on the server").arg(ServerText::path(path))));
        break;
    case VersionedWrite::Outcome::Failed:
        showSaveError(path, r.error);
        break;
    }
    updateDirty();
    if (request.done) request.done(saved);
}

void NodePanel::showSaveError(const QString &path, const ZkError &error)
{
    if (error.code == ZkCode::NoAuth) {
        NoAuthExplainer::explainAsync(
            m_session, ZkOperation::WriteData, path, this, [this, path](const QString &text) {
                showError(tr("Could not save %1").arg(ServerText::path(path)), text);
            });
    } else {
        showError(tr("Could not save %1").arg(ServerText::path(path)), error.message);
    }
    emit statusMessage(StatusMessage::error(
        tr("Could not save %1: %2").arg(ServerText::path(path), error.message)));
}

void NodePanel::confirmLeave(std::function<void()> proceed, std::function<void()> cancelled)
{
    if (!isDirty()) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("The data of %1 was changed but not saved.").arg(ServerText::path(m_path)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedChangesBox"_s);
    box->setInformativeText(tr("Save the changes, discard them, or stay on this node?"));
    ServerText::makePlain(box);
    box->setDefaultButton(QMessageBox::Cancel);
    if (m_readOnly) box->button(QMessageBox::Save)->setEnabled(false);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, cancelled] {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard) {
            m_data->discardChanges();
            updateDirty();
            proceed();
        } else if (button == QMessageBox::Save) {
            save([proceed, cancelled](bool saved) {
                if (saved)
                    proceed();
                else if (cancelled)
                    cancelled();
            });
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
}

void NodePanel::onWritten(const QString &path, const QByteArray &data, const ZkStat &stat)
{
    if (path != m_path || !m_loaded) return;
    if (isDirty()) {
        // Keep the user's edit; their next save will meet the conflict dialog.
        emit statusMessage(
            StatusMessage::info(tr("%1 was changed by undo/redo; your unsaved edit is kept")
                                    .arg(ServerText::path(path))));
        return;
    }
    showLoaded(data, stat);
}

QString NodePanel::serverNotice() const
{
    return m_serverBanner->isHidden() ? QString() : m_serverBanner->text();
}

void NodePanel::nodeChangedOnServer(const DataReply &reply)
{
    if (reply.path != m_path) return;
    const QString when = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    ZkWatchRegistry::forSession(m_session)->reportData(reply.path, m_loaded, m_data->originalData(),
                                                       m_liveStat, reply.data, reply.stat);
    if (isDirty()) {
        // Keep the edit and the loaded version: Save then meets ZBADVERSION and the conflict path.
        m_serverBanner->setMessage(
            tr("The node changed on the server at %1 (now version %2); your edit is kept, and "
               "saving will go through the conflict check.")
                .arg(when)
                .arg(reply.stat.version),
            DataBanner::Kind::Warning);
        m_stat->setStat(reply.stat);
        return;
    }
    showLoaded(reply.data, reply.stat);
    m_serverBanner->setMessage(
        tr("Updated from the server at %1 (version %2).").arg(when).arg(reply.stat.version),
        DataBanner::Kind::Info);
}

void NodePanel::nodeDeletedOnServer(const QString &path)
{
    if (path != m_path) return;
    const QString when = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    m_serverBanner->setMessage(isDirty() ? tr("Deleted on the server at %1; your unsaved edit is "
                                              "kept (saving it would fail).")
                                               .arg(when)
                                         : tr("Deleted on the server at %1.").arg(when),
                               DataBanner::Kind::Error);
    m_stat->showMessage(tr("Deleted on the server at %1").arg(when));
}
