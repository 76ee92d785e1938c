#include "util/inputerrorlabel.h"

#include "util/servertext.h"

#include <QLabel>

QLabel *makeInputErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(pal);
    label->setVisible(false);
    ServerText::makePlain(label);
    return label;
}
