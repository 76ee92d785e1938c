#include "zk/zkpath.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The ranges ZooKeeper's PathUtils.validatePath refuses (on UTF-16 code units, as Java does).
bool isForbiddenUnit(char16_t c)
{
    return (c >= 0x0001 && c <= 0x001F) || (c >= 0x007F && c <= 0x009F)
        || (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF0);
}

QString codePointText(char32_t cp)
{
    return u"U+"_s + QString::number(static_cast<uint>(cp), 16).toUpper().rightJustified(4, u'0');
}

// Checks the characters of `text` (a path or a name); `offset` is added to positions so that a
// name inside a path reports the path position. Empty when fine.
QString checkCharacters(QStringView text, qsizetype offset, const QString &what)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const qsizetype pos = offset + i + 1;
        if (c == 0)
            return QCoreApplication::translate(
                       "ZkPath", "%1 contains a null character at position %2: remove it")
                .arg(what)
                .arg(pos);
        if (!isForbiddenUnit(c)) continue;
        // Report the real character for a surrogate pair: "U+D83D" would mean nothing to anyone.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            return QCoreApplication::translate(
                       "ZkPath",
                       "character %1 at position %2 is not allowed in a ZooKeeper %3 (the server "
                       "refuses characters outside the Basic Multilingual Plane, such as emoji)")
                .arg(codePointText(cp))
                .arg(pos)
                .arg(what);
        }
        return QCoreApplication::translate(
                   "ZkPath", "character %1 at position %2 is not allowed in a ZooKeeper %3")
            .arg(codePointText(c))
            .arg(pos)
            .arg(what);
    }
    return {};
}

} // namespace

namespace ZkPath {

QString validate(QStringView path)
{
    if (path.isEmpty())
        return QCoreApplication::translate(
            "ZkPath", "path is empty: enter an absolute path such as /app/config");
    if (path.front() != u'/')
        return QCoreApplication::translate("ZkPath", "path must start with \"/\"");
    if (path.size() == 1) return {};
    if (path.back() == u'/')
        return QCoreApplication::translate(
            "ZkPath", "path must not end with \"/\" (only the root \"/\" may)");

    // Walk component by component so "." and ".." are recognised only as whole components
    // (".hidden" and "a..b" are fine names).
    qsizetype start = 1;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0) end = path.size();
        const QStringView component = path.sliced(start, end - start);
        if (component.isEmpty())
            return QCoreApplication::translate(
                       "ZkPath", "path contains an empty component (\"//\") at position %1")
                .arg(end + 1);
        if (component == u"." || component == u"..")
            return QCoreApplication::translate(
                       "ZkPath",
                       "path contains a relative component (\"%1\") at position %2: ZooKeeper "
                       "paths are always absolute")
                .arg(component.toString())
                .arg(start + 1);
        if (QString err = checkCharacters(component, start, u"path"_s); !err.isEmpty()) return err;
        start = end + 1;
    }
    return {};
}

QString validateName(QStringView name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("ZkPath", "name is empty: enter a node name");
    if (const qsizetype slash = name.indexOf(u'/'); slash >= 0)
        return QCoreApplication::translate(
                   "ZkPath", "name contains \"/\" at position %1: enter a single name, not a path")
            .arg(slash + 1);
    if (name == u"." || name == u"..")
        return u"\"%1\" is not allowed as a node name"_s.arg(name.toString());
    return checkCharacters(name, 0, u"name"_s);
}

QString join(QStringView parent, QStringView name)
{
    if (parent.isEmpty() || parent == u"/") return u'/' + name.toString();
    return parent.toString() + u'/' + name.toString();
}

QString parent(QStringView path)
{
    if (path.isEmpty() || path == u"/") return {};
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash <= 0) return u"/"_s;
    return path.first(slash).toString();
}

QString name(QStringView path)
{
    if (path == u"/") return u"/"_s;
    const qsizetype slash = path.lastIndexOf(u'/');
    return path.sliced(slash + 1).toString();
}

bool isAncestor(QStringView ancestor, QStringView path)
{
    if (ancestor.isEmpty() || path.size() <= ancestor.size()) return false;
    if (ancestor == u"/") return path.front() == u'/';
    // The boundary check keeps "/ab" from counting as under "/a".
    return path.startsWith(ancestor) && path[ancestor.size()] == u'/';
}

int depth(QStringView path)
{
    if (path.isEmpty()) return -1;
    if (path == u"/") return 0;
    return int(path.count(u'/'));
}

QString sequentialSuffix(QStringView name)
{
    constexpr qsizetype kDigits = 10;
    qsizetype run = 0;
    while (run < name.size() && name[name.size() - 1 - run].unicode() >= u'0'
           && name[name.size() - 1 - run].unicode() <= u'9')
        ++run;
    if (run != kDigits) return {};
    return name.last(kDigits).toString();
}

} // namespace ZkPath
