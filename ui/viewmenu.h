#pragma once

#include <QMenu>

#include <functional>

class ConnectionView;

/// The View menu: Go to Path, the current connection's docks and tree columns, the font size of
/// the connection views, the theme (system, light, dark), and full screen.
class ViewMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMenu)

public:
    /// `currentView` gives the connection the dock and column entries act on (may be null).
    ViewMenu(std::function<ConnectionView *()> currentView, QWidget *parent = nullptr);

    QAction *goToPathAction() const { return m_goToPath; }
    QAction *fullScreenAction() const { return m_fullScreen; }
    QAction *zoomInAction() const { return m_zoomIn; }

signals:
    void goToPathRequested();
    /// +1 bigger, -1 smaller, 0 back to the system size.
    void fontSizeStepRequested(int step);
    void fullScreenToggled(bool on);

private:
    void fillThemes(QMenu *menu);
    void fillDocks();
    void fillColumns();

    std::function<ConnectionView *()> m_currentView;
    QAction *m_goToPath = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_zoomIn = nullptr;
    QMenu *m_docks = nullptr;
    QMenu *m_columns = nullptr;
};
