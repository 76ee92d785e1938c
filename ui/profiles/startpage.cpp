#include "profiles/startpage.h"

#include "profiles/profilestore.h"
#include "profiles/recentconnections.h"
#include "util/displaytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    if (!color.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(color));
        painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    }
    return QIcon(pixmap);
}

// Most recently used first, then the others by name.
QList<ConnectionProfile> ordered(const ProfileStore &store)
{
    const QStringList recent = RecentConnections::profileIds();
    QList<ConnectionProfile> profiles = store.profiles();
    std::stable_sort(profiles.begin(), profiles.end(),
                     [&recent](const ConnectionProfile &a, const ConnectionProfile &b) {
                         const qsizetype ra = recent.indexOf(a.id), rb = recent.indexOf(b.id);
                         if (ra != rb) {
                             if (ra < 0) return false;
                             if (rb < 0) return true;
                             return ra < rb;
                         }
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return profiles;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    auto *title = new QLabel(tr("zkdesk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(
        tr("Open a saved connection, connect to a new cluster, or try a local sandbox."), this);
    auto *listTitle = new QLabel(tr("Saved connections (double-click or Enter connects)"), this);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"startPageProfiles"_s);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(200);
    m_empty =
        new QLabel(tr("No saved connections yet: \"Connections…\" adds or imports them."), this);
    m_empty->setWordWrap(true);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit profileActivated(item->data(kIdRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(buildButtons());
    column->addSpacing(16);
    column->addWidget(listTitle);
    column->addWidget(m_list, 10);
    column->addWidget(m_empty);
    column->addStretch(1); // takes the room while the list is hidden
    column->setContentsMargins(0, 32, 0, 32);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
}

QWidget *StartPage::buildButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_new = new QPushButton(tr("New Connection"), box);
    m_manager = new QPushButton(tr("Connections…"), box);
    m_sandbox = new QPushButton(tr("Try the Sandbox"), box);
    m_sandbox->setToolTip(tr("Starts a local ZooKeeper server with demo data (needs the "
                             "zookeeper package and Java)."));
    connect(m_new, &QPushButton::clicked, this, &StartPage::newConnectionRequested);
    connect(m_manager, &QPushButton::clicked, this, &StartPage::managerRequested);
    connect(m_sandbox, &QPushButton::clicked, this, &StartPage::sandboxRequested);
    row->addWidget(m_new);
    row->addWidget(m_manager);
    row->addWidget(m_sandbox);
    row->addStretch(1);
    return box;
}

void StartPage::showProfiles(const ProfileStore &store)
{
    m_list->clear();
    for (const ConnectionProfile &profile : ordered(store)) {
        QString text = DisplayText::shown(profile.name) + u"    "_s
            + DisplayText::shown(profile.connectString);
        if (profile.environment != ProfileEnvironment::None)
            text += u"    ["_s + environmentLabel(profile.environment) + u']';
        auto *item = new QListWidgetItem(swatch(profile.effectiveColor()), text, m_list);
        item->setData(kIdRole, profile.id);
        item->setToolTip(DisplayText::visible(profile.notes));
    }
    m_empty->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    if (m_list->count() > 0) m_list->setCurrentRow(0);
}
