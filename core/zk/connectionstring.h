#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// One server of a connection string. `host` is a host name, an IPv4 address or an IPv6 address
/// WITHOUT brackets ("::1"); toString() adds the brackets back for display.
struct HostPort
{
    QString host;
    quint16 port = 2181;

    bool isIpv6() const { return host.contains(u':'); }
    /// "zk1:2181", "[::1]:2181": the form a person reads and types.
    QString toString() const;
    friend bool operator==(const HostPort &, const HostPort &) = default;
};

/// A parsed and validated ZooKeeper connection string: `host[:port][,host[:port]...][/chroot]`.
///
/// parse() accepts what people type: whitespace around entries, a missing port (2181), IPv6 in
/// brackets (`[::1]:2181`, `[::1]`). It refuses what the C client would misread or fail on, with
/// a message that names the bad entry and says how to fix it (an unbracketed IPv6 address, a
/// port out of range, a bad host name, an invalid chroot, a "zk://" prefix, ...).
///
/// toClientString() is what zookeeper_init() takes. The 3.8.0 C client splits each entry at its
/// LAST colon and hands the text before it to getaddrinfo() as it is, so a bracketed "[::1]"
/// does not resolve while "::1:2181" works; it also needs an explicit port and chokes on
/// trailing spaces. So the client string has no brackets, no spaces and always a port.
struct ConnectionString
{
    static constexpr quint16 kDefaultPort = 2181;

    QList<HostPort> hosts; ///< empty only for an invalid (failed to parse) string
    QString chroot;        ///< "/app" or empty for none ("/" alone also means none)

    bool isValid() const { return !hosts.isEmpty(); }

    /// Parses `text`. On failure returns an invalid ConnectionString and, when `error` is not
    /// null, sets it to a human message; on success clears `*error`.
    static ConnectionString parse(const QString &text, QString *error = nullptr);

    /// "::1:2181,zk2:2181/app": for zookeeper_init().
    QString toClientString() const;
    /// "[::1]:2181,zk2:2181/app": normalised form for titles, the recent list and logs.
    QString displayString() const;

    friend bool operator==(const ConnectionString &, const ConnectionString &) = default;
};
Q_DECLARE_METATYPE(ConnectionString)
