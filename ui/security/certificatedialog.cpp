#include "security/certificatedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CertificateDialog::CertificateDialog(const QList<HostPort> &servers, const ZkTlsSettings &settings,
                                     QWidget *parent)
    : QDialog(parent)
    , m_probe(new ZkTlsProbe(this))
    , m_summary(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_pin(new QPushButton(tr("Pin This Certificate"), this))
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Server Certificate"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Checking %n server(s)…", nullptr, int(servers.size())));
    m_details->setOpenLinks(false);
    m_details->setMinimumSize(560, 300);
    m_pin->setEnabled(false);
    m_pin->setToolTip(tr("Accept exactly this certificate for this connection, even when it is "
                         "self-signed or names another host."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pin, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pin, &QPushButton::clicked, this, [this] {
        for (const ZkTlsPeer &peer : m_peers) {
            if (!peer.certificateReceived()) continue;
            emit pinRequested(peer.sha256);
            accept();
            return;
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    connect(m_probe, &ZkTlsProbe::finished, this, &CertificateDialog::showPeers);
    m_probe->start(servers, settings);
}

void CertificateDialog::showPeers(const QList<ZkTlsPeer> &peers)
{
    m_peers = peers;
    QString html;
    int ok = 0;
    for (const ZkTlsPeer &peer : peers) {
        ok += peer.ok ? 1 : 0;
        html += describe(peer);
    }
    m_details->setHtml(html);
    const QString problem = ZkTlsProbe::summary(peers);
    if (problem.isEmpty())
        m_summary->setText(tr("Every server presented a certificate that verifies for its name."));
    else if (peers.size() == 1)
        m_summary->setText(problem);
    else
        m_summary->setText(
            tr("%1 of %2 servers verified. %3").arg(ok).arg(peers.size()).arg(problem));
    // Pinning makes sense for one certificate that was received (a self-signed cluster or one
    // whose name does not match); with several different ones the user should fix the CA instead.
    QStringList fingerprints;
    for (const ZkTlsPeer &peer : peers)
        if (peer.certificateReceived() && !fingerprints.contains(peer.sha256))
            fingerprints << peer.sha256;
    m_pin->setEnabled(fingerprints.size() == 1);
}

QString CertificateDialog::describe(const ZkTlsPeer &peer)
{
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                               value.toHtmlEscaped());
    };
    QString status = peer.ok
        ? (peer.pinMatched ? tr("accepted: pinned fingerprint") : tr("verified"))
        : peer.error;
    QString html =
        u"<h3>%1</h3><table cellspacing=4>"_s.arg(peer.server.toString().toHtmlEscaped());
    html += row(tr("Status:"), status);
    if (peer.certificateReceived()) {
        const QLocale locale;
        QString validity =
            tr("%1 to %2")
                .arg(locale.toString(peer.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(peer.notAfter.toLocalTime(), QLocale::ShortFormat));
        const qint64 days = peer.daysLeft();
        if (days < 0)
            validity += u" — "_s + tr("expired %n day(s) ago", nullptr, int(-days));
        else if (peer.expiresSoon())
            validity += u" — "_s + tr("expires in %n day(s)", nullptr, int(days));
        html += row(tr("Subject:"), peer.subject) + row(tr("Issuer:"), peer.issuer)
            + row(tr("Alternative names:"), peer.subjectAltNames.join(u", "))
            + row(tr("Valid:"), validity) + row(tr("SHA-256:"), peer.sha256);
    }
    return html + u"</table>"_s;
}
