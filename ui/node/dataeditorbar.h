#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

/// The row above the data editor: mode, charset, JSON save style, a status line, and the
/// "Set null" / "Set empty" buttons. Only builds and lays out the widgets; NodeDataView owns
/// the behaviour.
class DataEditorBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataEditorBar)

public:
    DataEditorBar(QAction *setNull, QAction *setEmpty, QWidget *parent = nullptr);

    QComboBox *modeBox() const { return m_modeBox; }
    QComboBox *encodingBox() const { return m_encodingBox; }
    QComboBox *jsonStyleBox() const { return m_jsonStyleBox; }
    QLabel *status() const { return m_status; }
    void setJsonStyleVisible(bool visible);

private:
    QComboBox *m_modeBox = nullptr;     // Owned by the widget tree.
    QComboBox *m_encodingBox = nullptr; // Owned by the widget tree.
    QComboBox *m_jsonStyleBox = nullptr;
    QLabel *m_jsonStyleLabel = nullptr;
    QLabel *m_status = nullptr;
};
