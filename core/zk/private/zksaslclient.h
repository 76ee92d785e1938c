#pragma once

// Private to core: the Cyrus SASL half of one handle.

#include "zk/zksaslsettings.h"

#include "zkcapi.h"

#include <QByteArray>

#include <array>

/// The parameters zookeeper_init_sasl takes for one handle, and the callbacks that hand the
/// user, realm and password to Cyrus SASL from memory (the C client's own helper,
/// zoo_sasl_make_basic_callbacks, reads the password from a file, which zkdesk never writes).
///
/// Lifetime: the C client copies the strings of zoo_sasl_params_t but keeps the callback array
/// and calls it again on every reconnect, so an instance lives exactly as long as its zhandle
/// (ZkHandle owns it and destroys it after zookeeper_close). The password is wiped on
/// destruction.
class ZkSaslClient final
{
public:
    /// `firstHost` is the connection string's first host: GSSAPI's default server host name.
    ZkSaslClient(const ZkSaslSettings &settings, const QString &firstHost);
    ~ZkSaslClient();
    ZkSaslClient(const ZkSaslClient &) = delete;
    ZkSaslClient &operator=(const ZkSaslClient &) = delete;

    /// sasl_client_init, once per process (thread-safe). Empty on success, else why not.
    static QString initLibrary();

#ifdef HAVE_CYRUS_SASL_H
    zoo_sasl_params_t *params() { return &m_params; }

private:
    static int simple(void *context, int id, const char **result, unsigned *len);
    static int secret(sasl_conn_t *conn, void *context, int id, sasl_secret_t **psecret);
    static int realm(void *context, int id, const char **available, const char **result);

    sasl_secret_t *m_secret = nullptr; // malloc'ed: Cyrus's layout (length + bytes)
    std::array<sasl_callback_t, 5> m_callbacks{};
    zoo_sasl_params_t m_params{};
#else
private:
#endif
    QByteArray m_user;
    QByteArray m_realm;
    QByteArray m_service;
    QByteArray m_host;
    QByteArray m_mechanism;
};
