#include "nodepanel.h"

#include "nodedataview.h"
#include "statview.h"
#include "zksession.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NodePanel::NodePanel(ZkSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_pathEdit->setReadOnly(true); // selectable and copyable, never editable here
    m_pathEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pathEdit->setPlaceholderText(tr("no node selected"));

    m_data = new NodeDataView(this);
    m_data->setObjectName(u"nodeDataView"_s);
    m_stat = new StatView(this);
    m_stat->setObjectName(u"statView"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"nodeTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_data, tr("Data"));
    m_tabs->addTab(m_stat, tr("Stat"));

    m_pathRow = new QHBoxLayout;
    m_pathRow->setContentsMargins(0, 0, 0, 0);
    m_pathRow->addWidget(new QLabel(tr("Path:"), this));
    m_pathRow->addWidget(m_pathEdit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addLayout(m_pathRow);
    layout->addWidget(m_tabs, 1);
    clear();
}

void NodePanel::addPathAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pathRow->addWidget(button);
}

void NodePanel::clear()
{
    ++m_serial;
    m_path.clear();
    m_pathEdit->clear();
    m_data->clear();
    m_stat->showMessage(tr("Select a node to see its Stat"));
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
    reload();
}

void NodePanel::reload()
{
    if (m_path.isEmpty())
        return;
    const quint64 serial = ++m_serial;
    m_data->showLoading();
    m_session->getData(m_path, false, this, [this, serial](const DataReply &reply) {
        if (serial != m_serial)
            return; // the user has moved on to another node
        if (reply.error) {
            m_data->showError(reply.error.toString());
            m_stat->showMessage(reply.error.toString());
            emit message(tr("Could not read %1: %2").arg(reply.path, reply.error.message), true);
            return;
        }
        m_data->setData(reply.data);
        m_stat->setStat(reply.stat);
    });
}
