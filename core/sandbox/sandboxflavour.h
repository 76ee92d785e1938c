#pragma once

#include "sandbox/sandboxsecurity.h"
#include "zk/zksession.h"

#include <QString>

/// `zkdesk --sandbox --tls` and `--sandbox --sasl`: a sandbox server with TLS (a throwaway CA,
/// server and client certificates made with openssl) or SASL DIGEST-MD5 (a user "zkdesk" with a
/// random password that lives in memory only), and the session options that connect to it.
namespace SandboxFlavour {

enum class Kind { Plain, Tls, Sasl };

/// Fills the server's security and the client's TLS/SASL options for `kind`. TLS writes the
/// certificates into `directory` (which must exist) and runs openssl: call it off the GUI
/// thread. False with a sentence in `error` when something fails.
bool prepare(Kind kind, const QString &directory, SandboxSecurity *server, SessionOptions *client,
             QString *error);

} // namespace SandboxFlavour
