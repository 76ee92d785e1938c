#include "zk/private/zksaslclient.h"

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>
#include <mutex>

#ifdef HAVE_CYRUS_SASL_H
namespace {
// Cyrus stores every callback as int (*)(void) and calls it with the signature its id implies.
template<typename Fn>
int (*asCallback(Fn *fn))(void)
{
    return reinterpret_cast<int (*)(void)>(reinterpret_cast<void (*)(void)>(fn));
}
} // namespace
#endif

ZkSaslClient::ZkSaslClient(const ZkSaslSettings &settings, const QString &firstHost)
    : m_user(settings.user.toUtf8())
    , m_realm(settings.realm.toUtf8())
    , m_service(settings.service.trimmed().toUtf8())
    , m_mechanism(settings.mechanismName().toLatin1())
{
    // DIGEST-MD5: ZooKeeper's server answers for the fixed host name "zk-sasl-md5" (its
    // SaslServer is created with it); GSSAPI: the host part of the server's principal.
    if (settings.mechanism == ZkSaslSettings::Mechanism::DigestMd5)
        m_host = QByteArrayLiteral("zk-sasl-md5");
    else
        m_host = (settings.host.isEmpty() ? firstHost : settings.host).toUtf8();
    if (m_service.isEmpty()) m_service = QByteArrayLiteral("zookeeper");
#ifdef HAVE_CYRUS_SASL_H
    int n = 0;
    if (settings.mechanism == ZkSaslSettings::Mechanism::DigestMd5) {
        const QByteArray &password = settings.password;
        m_secret = static_cast<sasl_secret_t *>(
            std::malloc(sizeof(sasl_secret_t) + size_t(password.size())));
        m_secret->len = static_cast<unsigned long>(password.size());
        std::memcpy(m_secret->data, password.constData(), size_t(password.size()));
        m_callbacks[n++] = {SASL_CB_USER, asCallback(&simple), this};
        m_callbacks[n++] = {SASL_CB_AUTHNAME, asCallback(&simple), this};
        m_callbacks[n++] = {SASL_CB_PASS, asCallback(&secret), this};
        m_callbacks[n++] = {SASL_CB_GETREALM, asCallback(&realm), this};
    }
    // GSSAPI needs no callback: the Kerberos library reads the ticket cache (KRB5CCNAME).
    m_callbacks[n] = {SASL_CB_LIST_END, nullptr, nullptr};
    m_params.service = m_service.constData();
    m_params.host = m_host.constData();
    m_params.mechlist = m_mechanism.constData();
    m_params.callbacks = m_callbacks.data();
#endif
}

ZkSaslClient::~ZkSaslClient()
{
#ifdef HAVE_CYRUS_SASL_H
    if (m_secret) {
        // Not memset: the compiler may drop a store to memory that is freed next.
        volatile unsigned char *p = m_secret->data;
        for (unsigned long i = 0; i < m_secret->len; ++i) p[i] = 0;
        std::free(m_secret);
    }
#endif
}

QString ZkSaslClient::initLibrary()
{
#ifdef HAVE_CYRUS_SASL_H
    static int rc = SASL_OK;
    static std::once_flag once;
    std::call_once(once, [] { rc = sasl_client_init(nullptr); });
    if (rc == SASL_OK) return {};
    return QCoreApplication::translate("ZkSession", "Cyrus SASL could not start: %1")
        .arg(QString::fromUtf8(sasl_errstring(rc, nullptr, nullptr)));
#else
    return QCoreApplication::translate("ZkSession",
                                       "this zkdesk's ZooKeeper client is built without SASL");
#endif
}

#ifdef HAVE_CYRUS_SASL_H
int ZkSaslClient::simple(void *context, int id, const char **result, unsigned *len)
{
    if (!result || (id != SASL_CB_USER && id != SASL_CB_AUTHNAME)) return SASL_BADPARAM;
    const auto *self = static_cast<const ZkSaslClient *>(context);
    *result = self->m_user.constData();
    if (len) *len = unsigned(self->m_user.size());
    return SASL_OK;
}

int ZkSaslClient::secret(sasl_conn_t *conn, void *context, int id, sasl_secret_t **psecret)
{
    if (!conn || !psecret || id != SASL_CB_PASS) return SASL_BADPARAM;
    *psecret = static_cast<ZkSaslClient *>(context)->m_secret;
    return SASL_OK;
}

int ZkSaslClient::realm(void *context, int id, const char **available, const char **result)
{
    if (!result || id != SASL_CB_GETREALM) return SASL_BADPARAM;
    const auto *self = static_cast<const ZkSaslClient *>(context);
    // No realm given: take the server's first offer (ZooKeeper offers "zk-sasl-md5").
    *result = !self->m_realm.isEmpty() ? self->m_realm.constData()
        : (available && available[0])  ? available[0]
                                       : nullptr;
    return SASL_OK;
}
#endif
