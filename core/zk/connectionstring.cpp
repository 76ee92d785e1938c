#include "zk/connectionstring.h"

#include "zk/zkpath.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QString kExample = u"127.0.0.1:2181"_s;

bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
bool isAsciiLetter(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z')
        || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}

// Strict dotted quad. Leading zeros are refused because getaddrinfo() reads "010" as octal.
QString checkIpv4(const QString &host)
{
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return u"\"%1\" is not a valid IPv4 address: write four numbers 0-255 separated by "
               "dots, e.g. 192.168.1.10"_s.arg(host);
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (part.isEmpty() || part.size() > 3 || !ok || value > 255)
            return u"\"%1\" is not a valid IPv4 address: each of the four numbers must be "
                   "0-255"_s.arg(host);
        if (part.size() > 1 && part.startsWith(u'0'))
            return u"\"%1\" is not a valid IPv4 address: remove the leading zero in \"%2\" (it "
                   "would be read as octal)"_s.arg(host, part);
    }
    return {};
}

// RFC 1123 host name: dot-separated labels of letters, digits and '-', 1-63 characters each,
// not starting or ending with '-'; 253 characters at most.
QString checkHostName(const QString &host)
{
    if (host.size() > 253)
        return QCoreApplication::translate("ConnectionString",
                                           "host name \"%1...\" is longer than 253 characters")
            .arg(host.left(20));
    bool allNumeric = true;
    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return QCoreApplication::translate(
                       "ConnectionString",
                       "host name \"%1\" has an empty part (a leading, trailing or doubled \".\"): "
                       "remove the extra \".\"")
                .arg(host);
        if (label.size() > 63)
            return QCoreApplication::translate(
                       "ConnectionString", "host name \"%1\" has a part longer than 63 characters")
                .arg(host);
        for (QChar c : label) {
            if (isAsciiDigit(c)) continue;
            allNumeric = false;
            if (isAsciiLetter(c) || c == u'-') continue;
            if (c.isSpace())
                return u"host \"%1\" contains a space: separate servers with \",\""_s.arg(host);
            if (c.unicode() > 0x7F)
                return QCoreApplication::translate(
                           "ConnectionString",
                           "host name \"%1\" contains \"%2\": use the ASCII (punycode) form of "
                           "international names")
                    .arg(host, QString(c));
            return QCoreApplication::translate("ConnectionString",
                                               "host name \"%1\" contains \"%2\", which is not "
                                               "allowed: use letters, digits, "
                                               "\"-\" and \".\"")
                .arg(host, QString(c));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QCoreApplication::translate(
                       "ConnectionString",
                       "host name \"%1\" has a part that starts or ends with \"-\"")
                .arg(host);
    }
    // "1.2.3" or "300.1.1.1" would be handed to inet_aton, which guesses: insist on a real IPv4.
    if (allNumeric) return checkIpv4(host);
    return {};
}

QString checkPort(const QString &portText, const QString &entry, quint16 *port)
{
    if (portText.isEmpty())
        return QCoreApplication::translate(
                   "ConnectionString",
                   "port missing after \":\" in \"%1\": add a port such as 2181, or remove the "
                   "\":\" to use 2181")
            .arg(entry);
    for (QChar c : portText) {
        if (!isAsciiDigit(c))
            return u"port \"%1\" in \"%2\" is not a number: use 1-65535"_s.arg(portText, entry);
    }
    bool ok = false;
    const qulonglong value = portText.size() > 6 ? 0 : portText.toULongLong(&ok);
    if (!ok || value < 1 || value > 65535)
        return u"port \"%1\" in \"%2\" is out of range: use 1-65535"_s.arg(portText, entry);
    *port = quint16(value);
    return {};
}

QString parseEntry(const QString &entry, HostPort *out)
{
    QString host;
    QString portText;
    bool hasPort = false;

    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            return u"\"%1\" has no closing \"]\": write an IPv6 address as [::1]:2181"_s.arg(entry);
        host = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return u"unexpected \"%1\" after \"]\" in \"%2\": write [address]:port, e.g. "
                       "[::1]:2181"_s.arg(rest, entry);
            hasPort = true;
            portText = rest.mid(1);
        }
        QHostAddress address;
        const bool parsed = !host.isEmpty() && address.setAddress(host);
        if (parsed && address.protocol() == QAbstractSocket::IPv4Protocol)
            return u"\"%1\" is an IPv4 address: remove the brackets, e.g. %2"_s.arg(entry,
                                                                                    kExample);
        if (!parsed || address.protocol() != QAbstractSocket::IPv6Protocol)
            return u"\"%1\" in \"%2\" is not a valid IPv6 address"_s.arg(host, entry);
    } else {
        const qsizetype colons = entry.count(u':');
        if (colons > 1)
            return u"\"%1\" looks like an IPv6 address: put the address in brackets and the "
                   "port after them, e.g. [::1]:2181"_s.arg(entry);
        const qsizetype colon = entry.indexOf(u':');
        host = (colon < 0 ? entry : entry.left(colon)).trimmed();
        if (colon >= 0) {
            hasPort = true;
            portText = entry.mid(colon + 1);
        }
        if (host.isEmpty())
            return QCoreApplication::translate("ConnectionString",
                                               "host missing in \"%1\": write host:port, e.g. %2")
                .arg(entry, kExample);
        if (host.contains(u']'))
            return u"\"%1\" has a \"]\" without \"[\": write an IPv6 address as [::1]:2181"_s.arg(
                entry);
        if (QString err = checkHostName(host); !err.isEmpty()) return err;
    }

    out->host = host;
    out->port = ConnectionString::kDefaultPort;
    if (hasPort) return checkPort(portText.trimmed(), entry, &out->port);
    return {};
}

QString parseInto(const QString &input, ConnectionString *result)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("ConnectionString",
                                           "enter a connection string such as %1")
            .arg(kExample);

    if (const qsizetype scheme = text.indexOf(u"://"); scheme >= 0)
        return QCoreApplication::translate(
                   "ConnectionString",
                   "remove the \"%1\" prefix: write host:port[,host:port...][/chroot], e.g. %2")
            .arg(text.left(scheme + 3), kExample);

    // The C client also splits at the first '/': everything after it is the chroot.
    const qsizetype slash = text.indexOf(u'/');
    const QString hostPart = slash < 0 ? text : text.left(slash);
    const QString chroot = slash < 0 ? QString() : text.mid(slash);

    if (hostPart.trimmed().isEmpty())
        return QCoreApplication::translate(
                   "ConnectionString",
                   "no server before the chroot \"%1\": write host:port first, e.g. %2%1")
            .arg(chroot, kExample);

    const QStringList entries = hostPart.split(u',');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries[i].trimmed();
        if (entry.isEmpty())
            return QCoreApplication::translate(
                       "ConnectionString",
                       "server %1 of %2 is empty (two commas in a row, or a comma at the start or "
                       "end): remove the extra \",\"")
                .arg(i + 1)
                .arg(entries.size());
        HostPort hp;
        if (QString err = parseEntry(entry, &hp); !err.isEmpty()) return err;
        result->hosts.append(hp);
    }

    if (!chroot.isEmpty() && chroot != u"/") {
        if (QString err = ZkPath::validate(chroot); !err.isEmpty())
            return u"chroot \"%1\" is invalid: %2"_s.arg(chroot, err);
        result->chroot = chroot;
    }
    return {};
}

} // namespace

QString HostPort::toString() const
{
    const QString h = isIpv6() ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

ConnectionString ConnectionString::parse(const QString &text, QString *error)
{
    ConnectionString result;
    const QString err = parseInto(text, &result);
    if (error) *error = err;
    if (!err.isEmpty()) return {};
    return result;
}

QString ConnectionString::toClientString() const
{
    QStringList parts;
    parts.reserve(hosts.size());
    for (const HostPort &hp : hosts) parts.append(hp.host + u':' + QString::number(hp.port));
    return parts.join(u',') + chroot;
}

QString ConnectionString::displayString() const
{
    QStringList parts;
    parts.reserve(hosts.size());
    for (const HostPort &hp : hosts) parts.append(hp.toString());
    return parts.join(u',') + chroot;
}
