#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QObject;

/// What the user's Kerberos credentials allow, in words, before the C client tries GSSAPI: the
/// C client only says "SASL authentication failed" whatever went wrong (no ticket, expired
/// ticket, KDC down, unknown service principal), so zkdesk looks itself, with MIT libkrb5 (the
/// library Cyrus SASL's GSSAPI plugin uses, so both read the same KRB5CCNAME and krb5.conf).
struct KerberosStatus
{
    QString cacheName;        ///< the ticket cache read, e.g. FILE:/tmp/krb5cc_1000
    QString principal;        ///< its client principal, empty when the cache holds none
    QDateTime expires;        ///< end time of the ticket-granting ticket, invalid when none
    QString servicePrincipal; ///< the service ticket asked for, when one was
    QString problem;          ///< empty when the credentials are usable; else what to do
    bool usable() const { return problem.isEmpty(); }
};

namespace KerberosTicket {

/// The default ticket cache (KRB5CCNAME, else krb5.conf's default): principal and TGT expiry,
/// or "no Kerberos ticket: run kinit" / "expired". Local only (a file or the kernel keyring).
KerberosStatus inspectCache();

/// inspectCache(), then a service ticket for service/host@realm from the KDC (realm empty: the
/// ticket's own realm), as GSSAPI will ask: an unreachable KDC or an unknown service principal
/// is named here. Contacts the KDC, so it blocks: call it off the GUI thread (checkAsync).
KerberosStatus check(const QString &service, const QString &host, const QString &realm);

/// check() on a worker thread; `done` runs on `context`'s thread (never if `context` is gone).
/// A KDC that has not answered within `timeoutMs` is reported as such at that moment.
void checkAsync(QObject *context, const QString &service, const QString &host, const QString &realm,
                std::function<void(const KerberosStatus &)> done, int timeoutMs = 2000);

} // namespace KerberosTicket
