#include "profiles/environmentband.h"

#include "theme/themecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

EnvironmentBand::EnvironmentBand(QWidget *parent)
    : QFrame(parent)
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText); // the profile's name is the user's text
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_unlock = new QPushButton(tr("Unlock writes…"), this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_unlock);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (confirmUnlock(this, m_profile.name)) emit writesUnlockRequested();
    });
    hide();
}

void EnvironmentBand::showProfile(const ConnectionProfile &profile, bool readOnly)
{
    m_profile = profile;
    m_readOnly = readOnly;
    const QString color = profile.effectiveColor();
    if (color.isEmpty() && profile.environment == ProfileEnvironment::None) {
        hide();
        return;
    }
    QPalette palette = this->palette();
    const QColor background(color.isEmpty() ? QStringLiteral("#607d8b") : color);
    palette.setColor(QPalette::Window, background);
    // The band keeps the profile's colour in light and dark themes; its text is black or
    // white by contrast (lightness alone put white on the staging orange at 2.3:1).
    palette.setColor(QPalette::WindowText, ThemeColors::textOn(background));
    setPalette(palette);
    m_label->setPalette(palette);
    updateText();
    show();
}

void EnvironmentBand::clear()
{
    m_profile = {};
    hide();
}

void EnvironmentBand::setWritesUnlocked()
{
    m_readOnly = false;
    updateText();
}

void EnvironmentBand::updateText()
{
    const QString environment = m_profile.environment == ProfileEnvironment::None
        ? QString()
        : environmentLabel(m_profile.environment).toUpper();
    const QString access = m_readOnly ? tr("read-only") : tr("writes allowed");
    m_label->setText(environment.isEmpty()
                         ? tr("%1 (%2)").arg(m_profile.name, access)
                         : tr("%1: %2 (%3)").arg(environment, m_profile.name, access));
    m_unlock->setVisible(m_readOnly && !m_profile.readOnly);
}

bool EnvironmentBand::confirmUnlock(QWidget *parent, const QString &profileName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unlock writes"),
                    tr("Allow changes on \"%1\" for this session? Saves, creates, deletes and ACL "
                       "changes will be sent to this cluster. The profile opens read-only again "
                       "next time.")
                        .arg(profileName),
                    QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *unlock = box.addButton(tr("Unlock writes"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == unlock;
}
