#include "mainstatusbar.h"

#include "i18n/displaynames.h"

#include "session/authstatus.h"
#include "util/servertext.h"
#include "util/statformat.h"

#include <QLabel>

using namespace Qt::StringLiterals;

MainStatusBar::MainStatusBar(ZkSession *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
{
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"statusMessage"_s);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ServerText::makePlain(m_messageLabel);
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"statusState"_s);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"statusServer"_s);
    ServerText::makePlain(m_serverLabel);
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(u"statusSession"_s);
    m_sessionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_messageLabel, 1);
    addPermanentWidget(m_serverLabel);
    addPermanentWidget(m_sessionLabel);
    addPermanentWidget(new AuthStatus(session, this));
    addPermanentWidget(m_stateLabel);
}

void MainStatusBar::showMessageLine(const QString &text, bool error)
{
    QPalette pal = m_messageLabel->palette();
    pal.setColor(QPalette::WindowText,
                 error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(pal);
    m_messageLabel->setText(text);
    m_messageLabel->setToolTip(ServerText::toolTip(text));
}

QString MainStatusBar::messageLine() const { return m_messageLabel->text(); }

void MainStatusBar::showSessionState(SessionState state)
{
    m_stateLabel->setText(DisplayNames::sessionState(state));
    const bool connected = m_session->isConnected();
    m_serverLabel->setText(connected ? m_session->connectedServer() : QString());
    m_serverLabel->setVisible(connected);
    const qint64 id = m_session->sessionId();
    m_sessionLabel->setText(id != 0 ? tr("session %1").arg(StatFormat::formatSessionId(id))
                                    : QString());
    m_sessionLabel->setVisible(id != 0 && state != SessionState::Closed);
}
