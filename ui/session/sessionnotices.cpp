#include "session/sessionnotices.h"

#include "appcontroller.h"
#include "tree/znodetreemodel.h"
#include "util/servertext.h"
#include "util/statformat.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
int secondsUp(qint64 ms) { return int((qMax<qint64>(ms, 0) + 999) / 1000); }
} // namespace

SessionNotices::SessionNotices(AppController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_session(controller->session())
{
    setObjectName(u"sessionNotices"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(u"sessionNoticeText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ServerText::makePlain(m_text);
    m_retryNow = new QPushButton(tr("Retry now"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop trying to connect"));
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryNow);
    layout->addWidget(m_cancel);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    QFrame::hide();

    m_status = new QLabel(this);
    ServerText::makePlain(m_status);
    m_status->setObjectName(u"sessionNoticeStatus"_s);
    m_status->hide();

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SessionNotices::tick);
    connect(m_retryNow, &QPushButton::clicked, this, &SessionNotices::retryNow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        dismiss();
        m_controller->disconnectFromServer();
    });
    connect(m_close, &QToolButton::clicked, this, &SessionNotices::dismiss);

    connect(m_session, &ZkSession::stateChanged, this, &SessionNotices::onStateChanged);
    connect(m_session, &ZkSession::retryScheduled, this, &SessionNotices::onRetryScheduled);
    connect(m_session, &ZkSession::sessionExpired, this, &SessionNotices::onSessionExpired);
    connect(m_session, &ZkSession::sessionStarted, this, &SessionNotices::onSessionStarted);
    connect(m_session, &ZkSession::authFailed, this, &SessionNotices::onAuthFailed);
    connect(m_session, &ZkSession::connectFailed, this,
            [this](const ZkError &error) {
                m_connectFailure = error.message;
                m_serversAnswered = error.code != ZkCode::OperationTimeout;
            });
}

QString SessionNotices::statusText() const { return m_status->text(); }

QString SessionNotices::text() const
{
    return m_notice == Notice::None ? QString() : m_text->text();
}

void SessionNotices::onStateChanged(SessionState state)
{
    switch (state) {
    case SessionState::Reconnecting:
        m_ticker.start();
        break;
    case SessionState::Connected:
    case SessionState::ConnectedReadOnly:
        m_connectFailure.clear();
        if (m_notice == Notice::RetryCountdown || m_notice == Notice::AuthFailed) dismiss();
        break;
    case SessionState::Connecting:
        break;
    case SessionState::Expired:
        break; // sessionExpired() follows with the id
    case SessionState::AuthFailed:
        showNotice(
            Notice::AuthFailed,
            tr("Authentication failed: the server refused this client's credentials and closed "
               "the session. Check the user and password, then connect again."));
        break;
    case SessionState::Closed:
        // A connect timeout passes through Closed just before the retry is scheduled.
        if (m_notice == Notice::RetryCountdown || m_notice == Notice::Expired) dismiss();
        break;
    }
    tick();
}

void SessionNotices::onRetryScheduled(int delayMs)
{
    Q_UNUSED(delayMs);
    showNotice(Notice::RetryCountdown, {});
    m_ticker.start();
    tick();
}

void SessionNotices::onSessionExpired(qint64 oldSessionId)
{
    m_expiredId = oldSessionId;
    m_expiredAt = QTime::currentTime();
    m_lost = lostEphemerals(oldSessionId);
    const QString when = m_expiredAt.toString(u"HH:mm:ss"_s);
    const QString old = StatFormat::formatSessionId(oldSessionId);
    showNotice(Notice::Expired,
               (m_session->options().renewExpiredSession
                    ? tr("The session %1 expired at %2; opening a new session… Ephemeral "
                         "nodes created by the old session are gone.")
                    : tr("The session %1 expired at %2. Ephemeral nodes created by it are "
                         "gone. Connect again to open a new session."))
                       .arg(old, when)
                   + m_lost);
}

QString SessionNotices::lostEphemerals(qint64 sessionId) const
{
    // The tree still shows the old session's view: its loaded ephemeral nodes owned by the
    // expired session are exactly the ones the user saw and lost.
    constexpr int kListed = 10;
    const ZNodeTreeModel *model = m_controller->model();
    QStringList lost;
    qint64 count = 0;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const QVariant stat = index.data(ZNodeTreeModel::StatRole);
            if (stat.canConvert<ZkStat>() && stat.value<ZkStat>().ephemeralOwner == sessionId
                && ++count <= kListed)
                lost << ServerText::path(index.data(ZNodeTreeModel::PathRole).toString());
            pending << index;
        }
    }
    if (lost.isEmpty()) return {};
    lost.sort();
    QString text = u' ' + tr("Lost: %1").arg(lost.join(u", "_s));
    if (count > kListed) text += u' ' + tr("and %1 more").arg(count - kListed);
    return text + u'.';
}

void SessionNotices::onSessionStarted(qint64 sessionId)
{
    if (m_expiredId == 0) return;
    showNotice(
        Notice::Expired,
        tr("The session %1 expired at %2; a new session %3 was opened. Ephemeral nodes created "
           "by the old session are gone.")
                .arg(StatFormat::formatSessionId(m_expiredId), m_expiredAt.toString(u"HH:mm:ss"_s),
                     StatFormat::formatSessionId(sessionId))
            + m_lost);
    m_expiredId = 0;
    emit statusMessage(
        StatusMessage::info(tr("Connected to %1 in a new session %2")
                                .arg(DisplayText::visible(m_session->connectedServer()),
                                     StatFormat::formatSessionId(sessionId))));
}

void SessionNotices::onAuthFailed(const ZkAuthEntry &entry, const ZkError &error)
{
    showNotice(Notice::AuthFailed,
               tr("Authentication failed for %1: %2")
                   .arg(DisplayText::visible(entry.displayName()), error.message));
}

void SessionNotices::tick()
{
    QString status;
    const SessionState state = m_session->state();
    if (state == SessionState::Reconnecting) {
        const qint64 since = m_session->disconnectedSinceMs();
        const qint64 ms = since > 0 ? QDateTime::currentMSecsSinceEpoch() - since : 0;
        status = tr("reconnecting for %1 s (the tree shows the last known state)").arg(ms / 1000);
    } else if (m_notice == Notice::RetryCountdown) {
        const int remaining = m_session->retryRemainingMs();
        if (remaining >= 0) {
            status = tr("no server answered; retrying in %1 s").arg(secondsUp(remaining));
        } else if (state == SessionState::Connecting) {
            status = tr("no server answered; trying again…");
        }
        QString banner =
            m_serversAnswered && !m_connectFailure.isEmpty()
                ? tr("Could not connect: %1.").arg(DisplayText::visible(m_connectFailure))
                : tr("No server answered at %1.")
                      .arg(DisplayText::visible(m_session->options().connectString));
        banner += u' '
            + (remaining >= 0 ? tr("Retrying in %1 s.").arg(secondsUp(remaining))
                              : tr("Trying again…"));
        if (!m_connectFailure.isEmpty())
            m_text->setToolTip(ServerText::toolTip(DisplayText::visible(m_connectFailure)));
        m_text->setText(banner);
        m_retryNow->setEnabled(remaining >= 0);
    } else if (state == SessionState::Expired) {
        status = tr("session expired");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool counting = state == SessionState::Reconnecting || m_notice == Notice::RetryCountdown;
    if (!counting) m_ticker.stop();
}

void SessionNotices::showNotice(Notice notice, const QString &text)
{
    m_notice = notice;
    if (!text.isEmpty()) m_text->setText(text);
    m_text->setToolTip({});
    const bool countdown = notice == Notice::RetryCountdown;
    m_retryNow->setVisible(countdown);
    m_cancel->setVisible(countdown);
    m_close->setVisible(!countdown);
    // Colours that read on light and dark palettes: a tinted base, the normal text colour.
    QColor tint = notice == Notice::AuthFailed ? QColor(0xe0, 0x1b, 0x24)
        : notice == Notice::Expired            ? QColor(0x1c, 0x71, 0xd8)
                                               : QColor(0xe5, 0xa5, 0x0a);
    QPalette pal = QApplication::palette();
    const QColor base = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window,
                 QColor::fromRgbF(base.redF() * 0.8f + tint.redF() * 0.2f,
                                  base.greenF() * 0.8f + tint.greenF() * 0.2f,
                                  base.blueF() * 0.8f + tint.blueF() * 0.2f));
    setPalette(pal);
    const QStyle::StandardPixmap icon = notice == Notice::AuthFailed ? QStyle::SP_MessageBoxCritical
        : notice == Notice::Expired ? QStyle::SP_MessageBoxInformation
                                    : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QFrame::show();
}

void SessionNotices::dismiss()
{
    m_notice = Notice::None;
    m_text->clear();
    QFrame::hide();
    tick();
}

void SessionNotices::retryNow()
{
    // open() with the same options starts a fresh attempt now and cancels the scheduled one.
    const SessionOptions options = m_session->options();
    const ZkError error = m_session->open(options);
    if (error) showNotice(Notice::RetryCountdown, error.message);
    tick();
}
