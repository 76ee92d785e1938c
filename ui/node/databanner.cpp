#include "node/databanner.h"

#include "theme/themecolors.h"

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
    ThemeColors::follow(this, [this] { applyStyle(); });
}

void DataBanner::applyStyle()
{
    static constexpr ThemeColors::Accent accents[] = {
        ThemeColors::Accent::Info, ThemeColors::Accent::Warning, ThemeColors::Accent::Error};
    m_label->setStyleSheet(ThemeColors::bannerStyle(accents[int(m_kind)], palette()));
}

void DataBanner::setMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    applyStyle();
    setVisible(!text.isEmpty());
}

QString DataBanner::text() const { return isHidden() ? QString() : m_label->text(); }
