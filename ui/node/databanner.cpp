#include "node/databanner.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

DataBanner::DataBanner(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_label = new QLabel(this);
    m_label->setObjectName(objectName + u"Label"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                     | Qt::LinksAccessibleByKeyboard);
    connect(m_label, &QLabel::linkActivated, this, &DataBanner::linkActivated);
    m_label->setContentsMargins(6, 3, 6, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    hide();
}

void DataBanner::setMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    static const QString styles[] = {
        u"QLabel { background: #e6effa; color: #1d3d66; border: 1px solid #a8c2e6; "
        "border-radius: 3px; }"_s,
        u"QLabel { background: #fff3b0; color: #5c4400; border: 1px solid #e0c200; "
        "border-radius: 3px; }"_s,
        u"QLabel { background: #fde2e1; color: #8a1c1c; border: 1px solid #e8a09c; "
        "border-radius: 3px; }"_s,
    };
    m_label->setStyleSheet(styles[int(kind)]);
    setVisible(!text.isEmpty());
}

QString DataBanner::text() const { return isHidden() ? QString() : m_label->text(); }
