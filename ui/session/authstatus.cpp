#include "session/authstatus.h"

#include "theme/themecolors.h"

#include "appcontroller.h"
#include "util/servertext.h"

using namespace Qt::StringLiterals;

AuthStatus::AuthStatus(ZkSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(u"statusAuth"_s);
    ServerText::makePlain(this);
    connect(session, &ZkSession::stateChanged, this, [this](SessionState state) {
        if (state == SessionState::Connecting) m_failure.clear();
        refresh(state);
        if (m_session->isConnected()) {
            // The auth replies come after the Connected event; requests wait for them, so the
            // reply to this one is the moment identities() is complete.
            m_session->exists(u"/"_s, false, this, [this](const StatReply &) {
                if (m_session) refresh(m_session->state());
            });
        }
    });
    connect(
        session, &ZkSession::authFailed, this,
        [this](const ZkAuthEntry &entry, const ZkError &error) {
            m_failure =
                tr("authentication failed: the server rejected the credentials for scheme %1 (%2)")
                    .arg(DisplayText::visible(entry.scheme), error.message);
            refresh(m_session->state());
        });
    refresh(session->state());
}

void AuthStatus::refresh(SessionState state)
{
    QString text;
    bool error = false;
    if (state == SessionState::AuthFailed) {
        text = AppController::authFailureText(m_session->options().auth).toLower();
        error = true;
    } else if (!m_failure.isEmpty()) {
        text = m_failure;
        error = true;
    } else if (m_session->isConnected()) {
        const QStringList ids = m_session->identities();
        text = ids.isEmpty() ? tr("not authenticated")
                             : tr("authenticated as %1").arg(DisplayText::visible(ids.join(u", ")));
    }
    setStyleSheet(error ? ThemeColors::errorTextStyle(palette()) : QString());
    setText(text);
    setToolTip(error ? text
                     : tr("The identities this session added with addauth; a wrong "
                          "digest password is only found out when a node refuses access"));
    setVisible(!text.isEmpty());
}
