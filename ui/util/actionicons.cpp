#include "util/actionicons.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace ActionIcons {

QIcon icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(u":/actions/%1.svg"_s.arg(name)));
}

QStringList bundledNames()
{
    QStringList names;
    for (const QString &file : QDir(u":/actions"_s).entryList({u"*.svg"_s}, QDir::Files))
        names << file.chopped(4);
    return names;
}

} // namespace ActionIcons
