#include "util/servertext.h"

#include <QLabel>
#include <QMessageBox>

namespace ServerText {

void makePlain(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
}

void setText(QLabel *label, const QString &text, const QString &full)
{
    makePlain(label);
    label->setText(text);
    label->setToolTip(full.isEmpty() ? QString() : toolTip(DisplayText::visible(full)));
}

void makePlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    for (QLabel *label : box->findChildren<QLabel *>())
        if (label->pixmap().isNull()) makePlain(label);
}

void keepFullText(QMessageBox *box, const QString &raw)
{
    if (auto *text = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
        keepFullText(text, raw);
}

void keepFullText(QLabel *label, const QString &raw)
{
    if (DisplayText::isElided(raw)) label->setToolTip(toolTip(DisplayText::visible(raw)));
}

} // namespace ServerText
