#pragma once

#include "zk/connectionstring.h"
#include "zk/zktlsprobe.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

/// "Check server certificate…" in the profile editor: zkdesk's own TLS handshake with every
/// server of the connection string (ZkTlsProbe, never on the GUI thread's time), and what each
/// presented: whether it verifies (and why not, in words), subject, issuer, subject alternative
/// names, validity with a warning when it ends within 30 days, and the SHA-256 fingerprint.
/// "Pin" hands a server's fingerprint back to the editor, for a self-signed cluster or one whose
/// certificate names another host.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    CertificateDialog(const QList<HostPort> &servers, const ZkTlsSettings &settings,
                      QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *pinButton() const { return m_pin; }
    bool isChecking() const { return m_probe->isRunning(); }
    QList<ZkTlsPeer> peers() const { return m_peers; }

signals:
    /// The user chose to pin this fingerprint ("AB:CD:...").
    void pinRequested(const QString &sha256);

private:
    void showPeers(const QList<ZkTlsPeer> &peers);
    static QString describe(const ZkTlsPeer &peer);

    ZkTlsProbe *m_probe;
    QLabel *m_summary;
    QTextBrowser *m_details;
    QPushButton *m_pin;
    QList<ZkTlsPeer> m_peers;
};
