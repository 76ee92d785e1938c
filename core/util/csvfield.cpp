#include "util/csvfield.h"

using namespace Qt::StringLiterals;

QString csvField(const QString &text)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    const bool formula = !text.isEmpty() && formulaStarts.contains(text.front());
    if (!formula && !text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return (formula ? u"\"'"_s : u"\""_s) + quoted + u'"';
}
