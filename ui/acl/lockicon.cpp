#include "acl/lockicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QIcon lockIcon()
{
    static const QIcon icon = [] {
        const QIcon themed = QIcon::fromTheme(QStringLiteral("object-locked"));
        if (!themed.isNull()) return themed;
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x5e, 0x5c, 0x64), 3.5));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(9, 3, 14, 18), 0, 180 * 16); // the shackle
        p.drawLine(QPointF(9, 12), QPointF(9, 15));
        p.drawLine(QPointF(23, 12), QPointF(23, 15));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x46, 0x00));
        p.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3);
        p.setBrush(QColor(0xff, 0xf0, 0xd0));
        p.drawEllipse(QRectF(14, 18.5, 4, 4));
        p.drawRect(QRectF(15.2, 21, 1.6, 5));
        return QIcon(pixmap);
    }();
    return icon;
}
