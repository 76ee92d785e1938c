#include "util/inputerrorlabel.h"

#include "theme/themecolors.h"

#include "util/servertext.h"

#include <QLabel>

QLabel *makeInputErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeColors::markAsError(label);
    label->setVisible(false);
    ServerText::makePlain(label);
    return label;
}
