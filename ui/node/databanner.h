#pragma once

#include <QWidget>

class QLabel;

/// A one-line coloured note under the bar: info (blue), warning (yellow) or error (red).
class DataBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataBanner)

public:
    enum class Kind { Info, Warning, Error };
    explicit DataBanner(const QString &objectName, QWidget *parent = nullptr);

    /// Shows `text` (hides the banner when it is empty). Rich text may hold links:
    /// linkActivated() says which was clicked.
    void setMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void linkActivated(const QString &link);

private:
    void applyStyle();

    QLabel *m_label = nullptr; // Owned by the widget tree.
    Kind m_kind = Kind::Info;
};
