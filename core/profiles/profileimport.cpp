#include "profiles/profileimport.h"

#include "zk/connectionstring.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

constexpr int kZkdeskExportVersion = 1;
const QString kZkdeskFormatTag = QStringLiteral("zkdesk-profiles");

/// Adds an auth entry with its secret. "scheme:credential"; for digest the identity is the
/// user name (the part before the first colon of the credential).
bool addAuth(ProfileImport &result, int index, const QString &scheme, const QByteArray &credential)
{
    if (scheme.isEmpty() || credential.isEmpty()) return false;
    ConnectionProfile &profile = result.profiles[index];
    ProfileAuth entry;
    entry.scheme = scheme;
    if (scheme == QLatin1String("digest"))
        entry.identity = QString::fromUtf8(credential.left(credential.indexOf(':')));
    entry.secretKey = QStringLiteral("auth/%1").arg(profile.auth.size());
    profile.auth.append(entry);
    result.secrets.append({index, entry.secretKey, credential});
    return true;
}

/// Appends a profile when its connection string is valid, else reports it.
int addProfile(ProfileImport &result, const QString &name, const QString &connect)
{
    QString error;
    if (!ConnectionString::parse(connect, &error).isValid()) {
        result.skipped << QCoreApplication::translate("ProfileImporter", "\"%1\": %2")
                              .arg(name.isEmpty() ? connect : name, error);
        return -1;
    }
    result.profiles.append(ConnectionProfile::create(name.isEmpty() ? connect : name, connect));
    return int(result.profiles.size() - 1);
}

void readPrettyZooServer(ProfileImport &result, const QJsonObject &server)
{
    const QString host = server.value(QStringLiteral("host")).toString();
    const int port = server.value(QStringLiteral("port")).toInt(2181);
    const QString alias = server.value(QStringLiteral("alias")).toString();
    const QString connect = host.contains(u':') && !host.startsWith(u'[')
        ? host // already "host:port[,host:port]"
        : QStringLiteral("%1:%2").arg(host, QString::number(port));
    const int index = addProfile(result, alias, connect);
    if (index < 0) return;
    ConnectionProfile &profile = result.profiles[index];
    const QJsonObject config = server.value(QStringLiteral("connectionConfig")).toObject();
    profile.sessionTimeoutMs =
        config.value(QStringLiteral("sessionTimeout")).toInt(profile.sessionTimeoutMs);
    profile.connectTimeoutMs =
        config.value(QStringLiteral("connectionTimeout")).toInt(profile.connectTimeoutMs);
    for (const QJsonValue &acl : server.value(QStringLiteral("aclList")).toArray()) {
        const QString text = acl.toString();
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0 || !addAuth(result, index, text.left(colon), text.mid(colon + 1).toUtf8()))
            result.skipped << QCoreApplication::translate(
                                  "ProfileImporter",
                                  "\"%1\": an auth entry is not of the form scheme:credential.")
                                  .arg(profile.name);
    }
    if (server.value(QStringLiteral("sshTunnelEnabled")).toBool())
        result.skipped << QCoreApplication::translate(
                              "ProfileImporter",
                              "\"%1\": its SSH tunnel was not imported (zkdesk connects directly; "
                              "open the tunnel yourself and point the profile at it).")
                              .arg(profile.name);
}

/// Resolves the backslash escapes of a Java properties key or value.
QString unescapeProperty(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const QChar c = s[++i];
        if (c == u'u' && i + 4 < s.size()) {
            out += QChar(s.mid(i + 1, 4).toUShort(nullptr, 16));
            i += 4;
        } else {
            out += c == u'n' ? u'\n' : c == u't' ? u'\t' : c;
        }
    }
    return out;
}

/// Java properties (java.util.Properties.load): comments, `key=value` / `key: value` /
/// `key value`, backslash escapes and line continuations.
QHash<QString, QString> parseProperties(const QByteArray &bytes)
{
    QHash<QString, QString> values;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    QString logical;
    for (QString line : lines) {
        line = line.trimmed();
        if (logical.isEmpty() && (line.startsWith(u'#') || line.startsWith(u'!'))) continue;
        if (line.endsWith(u'\\') && !line.endsWith(QLatin1String("\\\\"))) {
            logical += line.chopped(1);
            continue;
        }
        logical += line;
        if (logical.isEmpty()) continue;
        qsizetype sep = -1;
        for (qsizetype i = 0; i < logical.size(); ++i) {
            if (logical[i] == u'\\') {
                ++i;
                continue;
            }
            if (logical[i] == u'=' || logical[i] == u':' || logical[i].isSpace()) {
                sep = i;
                break;
            }
        }
        const QString key = unescapeProperty(sep < 0 ? logical : logical.left(sep));
        QString value = sep < 0 ? QString() : logical.mid(sep + 1).trimmed();
        if (value.startsWith(u'=') || value.startsWith(u':')) value = value.mid(1).trimmed();
        values.insert(key, unescapeProperty(value));
        logical.clear();
    }
    return values;
}

QJsonObject profileToJson(const ConnectionProfile &p)
{
    QJsonArray auth;
    for (const ProfileAuth &a : p.auth)
        auth.append(QJsonObject{{QStringLiteral("scheme"), a.scheme},
                                {QStringLiteral("identity"), a.identity}});
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("connectString"), p.connectString},
        {QStringLiteral("sessionTimeoutMs"), p.sessionTimeoutMs},
        {QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs},
        {QStringLiteral("readOnly"), p.readOnly},
        {QStringLiteral("environment"), environmentKey(p.environment)},
        {QStringLiteral("color"), p.color},
        {QStringLiteral("startPath"), p.startPath},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("enabled"), p.tls.enabled},
                     {QStringLiteral("caFile"), p.tls.caFile},
                     {QStringLiteral("certFile"), p.tls.certFile},
                     {QStringLiteral("keyFile"), p.tls.keyFile},
                     {QStringLiteral("pinnedSha256"), p.tls.pinnedSha256}}},
        {QStringLiteral("sasl"),
         QJsonObject{{QStringLiteral("mechanism"), p.sasl.mechanism},
                     {QStringLiteral("user"), p.sasl.user},
                     {QStringLiteral("service"), p.sasl.service},
                     {QStringLiteral("host"), p.sasl.host},
                     {QStringLiteral("realm"), p.sasl.realm}}},
    };
}

void profileFromJson(ProfileImport &result, const QJsonObject &o)
{
    const int index = addProfile(result, o.value(QStringLiteral("name")).toString(),
                                 o.value(QStringLiteral("connectString")).toString());
    if (index < 0) return;
    ConnectionProfile &p = result.profiles[index];
    p.sessionTimeoutMs = o.value(QStringLiteral("sessionTimeoutMs")).toInt(p.sessionTimeoutMs);
    p.connectTimeoutMs = o.value(QStringLiteral("connectTimeoutMs")).toInt(p.connectTimeoutMs);
    p.readOnly = o.value(QStringLiteral("readOnly")).toBool();
    bool known = true;
    const QString env = o.value(QStringLiteral("environment")).toString(QStringLiteral("none"));
    p.environment = environmentFromKey(env, &known);
    if (!known)
        result.skipped << QCoreApplication::translate(
                              "ProfileImporter", "\"%1\": unknown environment \"%2\"; set to none.")
                              .arg(p.name, env);
    p.color = o.value(QStringLiteral("color")).toString();
    p.startPath = o.value(QStringLiteral("startPath")).toString();
    p.notes = o.value(QStringLiteral("notes")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("auth")).toArray()) {
        const QJsonObject entry = a.toObject();
        p.auth.append({entry.value(QStringLiteral("scheme")).toString(),
                       entry.value(QStringLiteral("identity")).toString(),
                       QStringLiteral("auth/%1").arg(p.auth.size())});
    }
    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    p.tls.enabled = tls.value(QStringLiteral("enabled")).toBool();
    p.tls.caFile = tls.value(QStringLiteral("caFile")).toString();
    p.tls.certFile = tls.value(QStringLiteral("certFile")).toString();
    p.tls.keyFile = tls.value(QStringLiteral("keyFile")).toString();
    p.tls.pinnedSha256 = tls.value(QStringLiteral("pinnedSha256")).toString();
    const QJsonObject sasl = o.value(QStringLiteral("sasl")).toObject();
    p.sasl.mechanism = sasl.value(QStringLiteral("mechanism")).toString();
    p.sasl.user = sasl.value(QStringLiteral("user")).toString();
    p.sasl.service = sasl.value(QStringLiteral("service")).toString(p.sasl.service);
    p.sasl.host = sasl.value(QStringLiteral("host")).toString();
    p.sasl.realm = sasl.value(QStringLiteral("realm")).toString();
}

QJsonDocument parseJson(const QByteArray &bytes, ProfileImport &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        result.error =
            QCoreApplication::translate("ProfileImporter", "Not valid JSON at byte %1: %2")
                .arg(QString::number(error.offset), error.errorString());
    return doc;
}

} // namespace

namespace ProfileImporter {

ProfileImport fromPrettyZoo(const QByteArray &json)
{
    ProfileImport result;
    result.format = QStringLiteral("PrettyZoo");
    const QJsonDocument doc = parseJson(json, result);
    if (!result.ok()) return result;
    const QJsonValue servers = doc.object().value(QStringLiteral("servers"));
    if (!servers.isArray()) {
        result.error = QCoreApplication::translate(
            "ProfileImporter",
            "This is not a PrettyZoo configuration: it has no \"servers\" list.");
        return result;
    }
    for (const QJsonValue &server : servers.toArray()) {
        if (server.isObject())
            readPrettyZooServer(result, server.toObject());
        else
            result.skipped << QCoreApplication::translate(
                "ProfileImporter", "An entry of \"servers\" is not an object.");
    }
    return result;
}

ProfileImport fromPrettyZooHistory(const QByteArray &text)
{
    ProfileImport result;
    result.format = QStringLiteral("PrettyZoo");
    for (const QByteArray &line : text.split('\n')) {
        const QString entry = QString::fromUtf8(line).trimmed();
        if (!entry.isEmpty()) addProfile(result, entry, entry);
    }
    return result;
}

ProfileImport fromZooInspector(const QByteArray &properties)
{
    ProfileImport result;
    result.format = QStringLiteral("ZooInspector");
    const QHash<QString, QString> values = parseProperties(properties);
    const QString hosts = values.value(QStringLiteral("hosts"));
    if (hosts.isEmpty()) {
        result.error = QCoreApplication::translate(
            "ProfileImporter", "This is not a ZooInspector connection file: it has no \"hosts\".");
        return result;
    }
    const int index = addProfile(result, QStringLiteral("ZooInspector (%1)").arg(hosts), hosts);
    if (index < 0) return result;
    bool ok = false;
    const int timeout = values.value(QStringLiteral("timeout")).toInt(&ok);
    if (ok) result.profiles[index].sessionTimeoutMs = timeout;
    const QString scheme = values.value(QStringLiteral("authScheme")).trimmed();
    const QByteArray data = values.value(QStringLiteral("authData")).toUtf8();
    if (!scheme.isEmpty() && !data.isEmpty()) addAuth(result, index, scheme, data);
    return result;
}

ProfileImport fromZkdeskJson(const QByteArray &json)
{
    ProfileImport result;
    result.format = QStringLiteral("zkdesk");
    const QJsonObject root = parseJson(json, result).object();
    if (!result.ok()) return result;
    if (root.value(QStringLiteral("format")).toString() != kZkdeskFormatTag) {
        result.error =
            QCoreApplication::translate("ProfileImporter", "This is not a zkdesk profile export.");
        return result;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > kZkdeskExportVersion) {
        result.error = QCoreApplication::translate(
                           "ProfileImporter",
                           "This export is from a newer zkdesk (version %1); update zkdesk.")
                           .arg(version);
        return result;
    }
    for (const QJsonValue &p : root.value(QStringLiteral("profiles")).toArray())
        profileFromJson(result, p.toObject());
    return result;
}

ProfileImport fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileImport result;
        result.error = QCoreApplication::translate("ProfileImporter", "Cannot read %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    const QByteArray start = bytes.trimmed().left(1);
    if (start == "{") {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        if (root.contains(QStringLiteral("format"))) return fromZkdeskJson(bytes);
        return fromPrettyZoo(bytes);
    }
    if (bytes.contains("hosts")) return fromZooInspector(bytes);
    return fromPrettyZooHistory(bytes);
}

QByteArray toZkdeskJson(const QList<ConnectionProfile> &profiles)
{
    QJsonArray list;
    for (const ConnectionProfile &p : profiles) list.append(profileToJson(p));
    const QJsonObject root{{QStringLiteral("format"), kZkdeskFormatTag},
                           {QStringLiteral("version"), kZkdeskExportVersion},
                           {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ProfileImporter
