#include "node/statview.h"

#include "util/statformat.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StatView::StatView(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTreeWidget(this);
    m_table->setObjectName(u"statTable"_s);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Field"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setEnabled(false);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // may carry server text

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    showMessage(tr("Select a node to see its Stat"));
}

void StatView::setStat(const ZkStat &stat)
{
    m_stat = stat;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QList<StatField> fields = StatFormat::fields(stat);
    // Same 11 rows every time: update in place so the selection and scroll position survive a
    // refresh of the same node.
    if (m_table->topLevelItemCount() != fields.size()) {
        m_table->clear();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            auto *item = new QTreeWidgetItem(m_table);
            item->setFont(1, mono);
        }
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(int(i));
        item->setText(0, fields[i].name);
        item->setText(1, fields[i].displayValue);
        item->setToolTip(0, fields[i].toolTip);
        item->setToolTip(1, fields[i].toolTip);
    }
    m_message->hide();
    m_table->show();
}

void StatView::showMessage(const QString &message)
{
    m_stat.reset();
    m_table->clear();
    m_table->hide();
    m_message->setText(message);
    m_message->show();
}

QString StatView::value(const QString &fieldName) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->text(0) == fieldName)
            return item->text(1);
    }
    return {};
}
