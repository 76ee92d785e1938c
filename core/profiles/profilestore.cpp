#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kProfiles = QStringLiteral("profiles");

/// A string value. QSettings reads an unquoted value with commas (a hand-edited
/// "connectString=zk1:2181,zk2:2181") as a list: join it back instead of losing it.
QString readString(const QSettings &ini, const QString &key)
{
    const QVariant value = ini.value(key);
    if (value.typeId() == QMetaType::QStringList) return value.toStringList().join(u',');
    return value.toString();
}

void writeAuth(QSettings &ini, const QList<ProfileAuth> &auth)
{
    ini.beginWriteArray(QStringLiteral("auth"), int(auth.size()));
    for (int i = 0; i < auth.size(); ++i) {
        ini.setArrayIndex(i);
        ini.setValue(QStringLiteral("scheme"), auth[i].scheme);
        ini.setValue(QStringLiteral("identity"), auth[i].identity);
        ini.setValue(QStringLiteral("secretKey"), auth[i].secretKey);
    }
    ini.endArray();
}

QList<ProfileAuth> readAuth(QSettings &ini)
{
    QList<ProfileAuth> auth;
    const int count = ini.beginReadArray(QStringLiteral("auth"));
    for (int i = 0; i < count; ++i) {
        ini.setArrayIndex(i);
        auth.append({ini.value(QStringLiteral("scheme")).toString(),
                     ini.value(QStringLiteral("identity")).toString(),
                     ini.value(QStringLiteral("secretKey")).toString()});
    }
    ini.endArray();
    return auth;
}

void writeSecurity(QSettings &ini, const ConnectionProfile &p)
{
    ini.setValue(QStringLiteral("tls/enabled"), p.tls.enabled);
    ini.setValue(QStringLiteral("tls/caFile"), p.tls.caFile);
    ini.setValue(QStringLiteral("tls/certFile"), p.tls.certFile);
    ini.setValue(QStringLiteral("tls/keyFile"), p.tls.keyFile);
    ini.setValue(QStringLiteral("tls/keyPasswordKey"), p.tls.keyPasswordKey);
    ini.setValue(QStringLiteral("tls/pinnedSha256"), p.tls.pinnedSha256);
    ini.setValue(QStringLiteral("sasl/mechanism"), p.sasl.mechanism);
    ini.setValue(QStringLiteral("sasl/user"), p.sasl.user);
    ini.setValue(QStringLiteral("sasl/service"), p.sasl.service);
    ini.setValue(QStringLiteral("sasl/host"), p.sasl.host);
    ini.setValue(QStringLiteral("sasl/realm"), p.sasl.realm);
    ini.setValue(QStringLiteral("sasl/passwordKey"), p.sasl.passwordKey);
}

void readSecurity(QSettings &ini, ConnectionProfile &p)
{
    p.tls.enabled = ini.value(QStringLiteral("tls/enabled"), false).toBool();
    p.tls.caFile = ini.value(QStringLiteral("tls/caFile")).toString();
    p.tls.certFile = ini.value(QStringLiteral("tls/certFile")).toString();
    p.tls.keyFile = ini.value(QStringLiteral("tls/keyFile")).toString();
    p.tls.keyPasswordKey = ini.value(QStringLiteral("tls/keyPasswordKey")).toString();
    p.tls.pinnedSha256 = ini.value(QStringLiteral("tls/pinnedSha256")).toString();
    p.sasl.mechanism = ini.value(QStringLiteral("sasl/mechanism")).toString();
    p.sasl.user = ini.value(QStringLiteral("sasl/user")).toString();
    p.sasl.service = ini.value(QStringLiteral("sasl/service"), p.sasl.service).toString();
    p.sasl.host = ini.value(QStringLiteral("sasl/host")).toString();
    p.sasl.realm = ini.value(QStringLiteral("sasl/realm")).toString();
    p.sasl.passwordKey = ini.value(QStringLiteral("sasl/passwordKey")).toString();
}

void writeProfile(QSettings &ini, const ConnectionProfile &p)
{
    ini.setValue(QStringLiteral("name"), p.name);
    ini.setValue(QStringLiteral("connectString"), p.connectString);
    ini.setValue(QStringLiteral("sessionTimeoutMs"), p.sessionTimeoutMs);
    ini.setValue(QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs);
    ini.setValue(QStringLiteral("adminPort"), p.adminPort);
    ini.setValue(QStringLiteral("readOnly"), p.readOnly);
    ini.setValue(QStringLiteral("environment"), environmentKey(p.environment));
    ini.setValue(QStringLiteral("color"), p.color);
    ini.setValue(QStringLiteral("startPath"), p.startPath);
    ini.setValue(QStringLiteral("notes"), p.notes);
    writeAuth(ini, p.auth);
    writeSecurity(ini, p);
}

/// Reads one profile group. An entry without a name cannot be shown or picked: it is reported
/// (and the file backed up) instead. A bad value in an optional field falls back to its default
/// and is reported, so the profile itself survives.
bool readProfile(QSettings &ini, const QString &id, ConnectionProfile &p, QStringList &skipped)
{
    p.id = id;
    p.name = readString(ini, QStringLiteral("name"));
    if (p.name.trimmed().isEmpty()) {
        skipped << QCoreApplication::translate("ProfileStore",
                                               "Entry %1 has no name and was skipped.")
                       .arg(id);
        return false;
    }
    p.connectString = readString(ini, QStringLiteral("connectString"));
    bool ok = true;
    const auto readInt = [&](const QString &key, int fallback) {
        const QVariant value = ini.value(key);
        if (!value.isValid()) return fallback;
        bool isInt = false;
        const int v = value.toInt(&isInt);
        if (!isInt)
            skipped << QCoreApplication::translate(
                           "ProfileStore",
                           "Profile \"%1\": %2 is not a number; the default is used.")
                           .arg(p.name, key);
        return isInt ? v : fallback;
    };
    p.sessionTimeoutMs = readInt(QStringLiteral("sessionTimeoutMs"), p.sessionTimeoutMs);
    p.connectTimeoutMs = readInt(QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs);
    p.adminPort = readInt(QStringLiteral("adminPort"), p.adminPort); // absent in older files
    p.readOnly = ini.value(QStringLiteral("readOnly"), false).toBool();
    const QString env = ini.value(QStringLiteral("environment"), QStringLiteral("none")).toString();
    p.environment = environmentFromKey(env, &ok);
    if (!ok)
        skipped << QCoreApplication::translate(
                       "ProfileStore", "Profile \"%1\": unknown environment \"%2\"; set to none.")
                       .arg(p.name, env);
    p.color = ini.value(QStringLiteral("color")).toString();
    p.startPath = ini.value(QStringLiteral("startPath")).toString();
    p.notes = readString(ini, QStringLiteral("notes"));
    p.auth = readAuth(ini);
    readSecurity(ini, p);
    return true;
}

} // namespace

QString ProfileStore::defaultPath()
{
    // ~/.config/zkdesk/profiles.ini: next to zkdesk.conf (QSettings' own file), not in the
    // <organisation>/<application> folder AppConfigLocation gives (~/.config/zkdesk/zkdesk).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/zkdesk/profiles.ini");
}

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{ }

ProfileLoadReport ProfileStore::load()
{
    ProfileLoadReport report;
    m_profiles.clear();
    m_readOnly = false;
    if (!QFileInfo::exists(m_path)) return report;
    QSettings ini(m_path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        report.fatalError = QCoreApplication::translate(
                                "ProfileStore",
                                "%1 is damaged and could not be read; it was copied aside and a "
                                "new list is started.")
                                .arg(m_path);
        report.backupPath = backUp(QStringLiteral("damaged"));
        return report;
    }
    const int schema = ini.value(QStringLiteral("schemaVersion"), kSchemaVersion).toInt();
    if (schema > kSchemaVersion) {
        report.fatalError =
            QCoreApplication::translate(
                "ProfileStore",
                "%1 was written by a newer zkdesk (schema %2, this version reads "
                "%3); it is left untouched and changes are not saved.")
                .arg(m_path, QString::number(schema), QString::number(kSchemaVersion));
        report.readOnly = m_readOnly = true;
    }
    ini.beginGroup(kProfiles);
    const QStringList ids = ini.childGroups();
    for (const QString &id : ids) {
        ini.beginGroup(id);
        ConnectionProfile profile;
        if (readProfile(ini, id, profile, report.skipped)) {
            if (findByName(profile.name)) {
                report.skipped << QCoreApplication::translate(
                                      "ProfileStore",
                                      "Profile \"%1\" appears twice; the second was renamed.")
                                      .arg(profile.name);
                profile.name = uniqueName(profile.name);
            }
            m_profiles.append(profile);
        }
        ini.endGroup();
    }
    ini.endGroup();
    if (!report.skipped.isEmpty() && !m_readOnly)
        report.backupPath = backUp(QStringLiteral("damaged"));
    return report;
}

bool ProfileStore::save(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = QCoreApplication::translate(
                "ProfileStore", "The profile file is from a newer zkdesk; it is not overwritten.");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings ini(m_path, QSettings::IniFormat);
    ini.clear();
    ini.setValue(QStringLiteral("schemaVersion"), kSchemaVersion);
    ini.beginGroup(kProfiles);
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        ini.beginGroup(profile.id);
        writeProfile(ini, profile);
        ini.endGroup();
    }
    ini.endGroup();
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate(
                         "ProfileStore", "Could not write %1: check that the folder is writable.")
                         .arg(m_path);
        return false;
    }
    return true;
}

const ConnectionProfile *ProfileStore::find(const QString &id) const
{
    for (const ConnectionProfile &profile : m_profiles)
        if (profile.id == id) return &profile;
    return nullptr;
}

const ConnectionProfile *ProfileStore::findByName(const QString &name) const
{
    for (const ConnectionProfile &profile : m_profiles)
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0) return &profile;
    return nullptr;
}

bool ProfileStore::upsert(const ConnectionProfile &profile, QString *error)
{
    const ConnectionProfile *sameName = findByName(profile.name);
    if (sameName && sameName->id != profile.id) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "ProfileStore", "A connection named \"%1\" exists already: pick another name.")
                    .arg(profile.name);
        return false;
    }
    for (ConnectionProfile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            return true;
        }
    }
    m_profiles.append(profile);
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    return m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; }) > 0;
}

ConnectionProfile ProfileStore::duplicate(const QString &id) const
{
    const ConnectionProfile *source = find(id);
    if (!source) return {};
    ConnectionProfile copy = *source;
    copy.id = ConnectionProfile::create({}, {}).id;
    copy.name =
        uniqueName(QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(source->name));
    return copy;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    if (!findByName(base)) return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base, QString::number(n));
        if (!findByName(candidate)) return candidate;
    }
}

QString ProfileStore::backUp(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QStringLiteral("%1.%2-%3").arg(m_path, reason, stamp);
    return QFile::copy(m_path, target) ? target : QString();
}
