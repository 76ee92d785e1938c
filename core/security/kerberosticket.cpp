#include "security/kerberosticket.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <krb5.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace {

// One libkrb5 context per check: contexts are not shared between threads, and a fresh one
// reads KRB5_CONFIG and KRB5CCNAME as they are now.
class Krb5
{
public:
    Krb5() { m_ok = krb5_init_context(&m_ctx) == 0; }
    ~Krb5()
    {
        for (krb5_principal p : m_principals) krb5_free_principal(m_ctx, p);
        if (m_cache) krb5_cc_close(m_ctx, m_cache);
        if (m_ctx) krb5_free_context(m_ctx);
    }
    Krb5(const Krb5 &) = delete;
    Krb5 &operator=(const Krb5 &) = delete;

    bool ok() const { return m_ok; }
    krb5_context ctx() const { return m_ctx; }
    krb5_ccache cache() const { return m_cache; }
    krb5_error_code openDefaultCache() { return krb5_cc_default(m_ctx, &m_cache); }
    krb5_principal keep(krb5_principal p) // freed with the context
    {
        m_principals.push_back(p);
        return p;
    }
    QString message(krb5_error_code code) const
    {
        const char *text = krb5_get_error_message(m_ctx, code);
        QString result = QString::fromLocal8Bit(text);
        krb5_free_error_message(m_ctx, text);
        return result;
    }
    QString name(krb5_const_principal p) const
    {
        char *text = nullptr;
        if (krb5_unparse_name(m_ctx, p, &text) != 0) return {};
        QString result = QString::fromUtf8(text);
        krb5_free_unparsed_name(m_ctx, text);
        return result;
    }

private:
    krb5_context m_ctx = nullptr;
    krb5_ccache m_cache = nullptr;
    std::vector<krb5_principal> m_principals;
    bool m_ok = false;
};

QByteArrayView bytes(const krb5_data &d) { return {d.data, qsizetype(d.length)}; }

// The end time of the cache's ticket-granting ticket (krbtgt/REALM@REALM), 0 when none.
krb5_timestamp tgtEndTime(Krb5 &k, krb5_const_principal client)
{
    krb5_cc_cursor cursor;
    if (krb5_cc_start_seq_get(k.ctx(), k.cache(), &cursor) != 0) return 0;
    krb5_timestamp end = 0;
    krb5_creds creds;
    while (krb5_cc_next_cred(k.ctx(), k.cache(), &cursor, &creds) == 0) {
        const krb5_const_principal server = creds.server;
        if (server->length == 2 && bytes(server->data[0]) == "krbtgt"
            && bytes(server->data[1]) == bytes(client->realm))
            end = std::max(end, creds.times.endtime);
        krb5_free_cred_contents(k.ctx(), &creds);
    }
    krb5_cc_end_seq_get(k.ctx(), k.cache(), &cursor);
    return end;
}

QString noTicket(const KerberosStatus &status)
{
    return QCoreApplication::translate(
               "Kerberos",
               "No Kerberos ticket in %1: run kinit (for example kinit user@REALM) and "
               "connect again.")
        .arg(status.cacheName);
}

// Fills cacheName, principal and expires; returns the client principal (owned by `k`) or null.
krb5_principal readCache(Krb5 &k, KerberosStatus &status)
{
    if (!k.ok()) {
        status.problem =
            QCoreApplication::translate("Kerberos",
                                        "Kerberos is not usable here: its configuration could not "
                                        "be read (KRB5_CONFIG or /etc/krb5.conf).");
        return nullptr;
    }
    if (const krb5_error_code e = k.openDefaultCache(); e != 0) {
        status.problem =
            QCoreApplication::translate("Kerberos", "Cannot open the Kerberos ticket cache: %1.")
                .arg(k.message(e));
        return nullptr;
    }
    status.cacheName = QString::fromLocal8Bit(krb5_cc_get_type(k.ctx(), k.cache())) + u':'
        + QString::fromLocal8Bit(krb5_cc_get_name(k.ctx(), k.cache()));
    krb5_principal client = nullptr;
    if (krb5_cc_get_principal(k.ctx(), k.cache(), &client) != 0) {
        status.problem = noTicket(status);
        return nullptr;
    }
    k.keep(client);
    status.principal = k.name(client);
    const krb5_timestamp end = tgtEndTime(k, client);
    if (end == 0) {
        status.problem = noTicket(status);
        return nullptr;
    }
    status.expires = QDateTime::fromSecsSinceEpoch(qint64(uint32_t(end)));
    if (status.expires <= QDateTime::currentDateTime()) {
        status.problem =
            QCoreApplication::translate("Kerberos",
                                        "The Kerberos ticket of %1 expired at %2: run kinit to get "
                                        "a new one.")
                .arg(status.principal, status.expires.toString(Qt::ISODate));
        return nullptr;
    }
    return client;
}

QString serviceProblem(const Krb5 &k, krb5_error_code e, const KerberosStatus &status,
                       const QString &realm)
{
    switch (e) {
    case KRB5_KDC_UNREACH:
    case KRB5_REALM_CANT_RESOLVE:
    case KRB5_REALM_UNKNOWN:
        return QCoreApplication::translate(
                   "Kerberos",
                   "Cannot reach a Kerberos KDC for realm %1 (%2): check krb5.conf's "
                   "[realms] entry and that the KDC is running.")
            .arg(realm, k.message(e));
    case KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN:
        return QCoreApplication::translate(
                   "Kerberos",
                   "The KDC does not know the service principal %1: check the service "
                   "name, the server host name and the realm in the connection.")
            .arg(status.servicePrincipal);
    case KRB5KRB_AP_ERR_TKT_EXPIRED:
        return QCoreApplication::translate(
                   "Kerberos", "The Kerberos ticket of %1 has expired: run kinit to get a new one.")
            .arg(status.principal);
    default:
        return QCoreApplication::translate("Kerberos",
                                           "Kerberos could not get a ticket for %1: %2.")
            .arg(status.servicePrincipal, k.message(e));
    }
}

} // namespace

KerberosStatus KerberosTicket::inspectCache()
{
    Krb5 k;
    KerberosStatus status;
    readCache(k, status);
    return status;
}

KerberosStatus KerberosTicket::check(const QString &service, const QString &host,
                                     const QString &realm)
{
    Krb5 k;
    KerberosStatus status;
    krb5_principal client = readCache(k, status);
    if (!client) return status;
    const QByteArray realmBytes =
        realm.isEmpty() ? bytes(client->realm).toByteArray() : realm.toUtf8();
    const QByteArray serviceBytes = service.toUtf8(), hostBytes = host.toUtf8();
    krb5_principal server = nullptr;
    if (const krb5_error_code e = krb5_build_principal(
            k.ctx(), &server, unsigned(realmBytes.size()), realmBytes.constData(),
            serviceBytes.constData(), hostBytes.constData(), static_cast<const char *>(nullptr));
        e != 0) {
        status.problem =
            QCoreApplication::translate("Kerberos", "Invalid Kerberos service principal: %1.")
                .arg(k.message(e));
        return status;
    }
    k.keep(server);
    status.servicePrincipal = k.name(server);
    krb5_creds request{};
    request.client = client;
    request.server = server;
    krb5_creds *ticket = nullptr;
    const krb5_error_code e = krb5_get_credentials(k.ctx(), 0, k.cache(), &request, &ticket);
    if (ticket) krb5_free_creds(k.ctx(), ticket);
    if (e != 0) status.problem = serviceProblem(k, e, status, QString::fromUtf8(realmBytes));
    return status;
}

void KerberosTicket::checkAsync(QObject *context, const QString &service, const QString &host,
                                const QString &realm,
                                std::function<void(const KerberosStatus &)> done, int timeoutMs)
{
    // The first of "answered" and "timed out" reports; the other is dropped.
    auto reported = std::make_shared<std::atomic_bool>(false);
    auto report = [context = QPointer<QObject>(context), done, reported](KerberosStatus s) {
        if (!context || reported->exchange(true)) return;
        done(s);
    };
    QTimer::singleShot(timeoutMs, context, [report, realm, timeoutMs] {
        KerberosStatus late;
        late.problem =
            QCoreApplication::translate(
                "Kerberos",
                "The Kerberos KDC for realm %1 did not answer within %2 ms: "
                "check that it is running and reachable.")
                .arg(realm.isEmpty() ? QCoreApplication::translate("Kerberos", "(default)") : realm)
                .arg(timeoutMs);
        report(late);
    });
    // Posted to the application object, which outlives any context; report() then checks
    // that the context still exists.
    QThreadPool::globalInstance()->start([report, service, host, realm] {
        KerberosStatus status = check(service, host, realm);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [report, status] { report(status); },
            Qt::QueuedConnection);
    });
}
