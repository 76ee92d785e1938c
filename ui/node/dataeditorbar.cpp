#include "node/dataeditorbar.h"

#include "util/datacodec.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;
using DataCodec::Mode;

DataEditorBar::DataEditorBar(QAction *setNull, QAction *setEmpty, QWidget *parent)
    : QWidget(parent)
{
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(u"dataModeBox"_s);
    for (Mode m : {Mode::Auto, Mode::Text, Mode::Json, Mode::Xml, Mode::Yaml, Mode::Properties,
                   Mode::Hex, Mode::Base64})
        m_modeBox->addItem(DataCodec::modeName(m), int(m));
    m_modeBox->setToolTip(tr("How to show and edit the data. Auto: Hex for bytes that are not "
                             "UTF-8, else by content (JSON, XML, properties, YAML, text)."));

    // Qt 6.4 has no QStringConverter::availableCodecs() (6.7+); its converters are exactly
    // the Encoding enum, so list that.
    m_encodingBox = new QComboBox(this);
    m_encodingBox->setObjectName(u"dataEncodingBox"_s);
    for (int e = QStringConverter::Utf8; e <= QStringConverter::LastEncoding; ++e)
        m_encodingBox->addItem(DataCodec::encodingName(QStringConverter::Encoding(e)), e);
    m_encodingBox->setToolTip(tr("Character set of the bytes in the text modes"));

    m_jsonStyleLabel = new QLabel(tr("Save as:"), this);
    m_jsonStyleBox = new QComboBox(this);
    m_jsonStyleBox->setObjectName(u"jsonStyleBox"_s);
    m_jsonStyleBox->addItem(tr("Compact"), int(DataCodec::JsonStyle::Compact));
    m_jsonStyleBox->addItem(tr("Pretty"), int(DataCodec::JsonStyle::Pretty));
    m_jsonStyleBox->setToolTip(tr("How edited JSON is written to the node; defaults to the "
                                  "node's own style"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"dataStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(60);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Mode:"), this));
    layout->addWidget(m_modeBox);
    layout->addWidget(new QLabel(tr("Charset:"), this));
    layout->addWidget(m_encodingBox);
    layout->addWidget(m_jsonStyleLabel);
    layout->addWidget(m_jsonStyleBox);
    layout->addSpacing(8);
    layout->addWidget(m_status, 1);
    // One button with a menu: the two are rare actions and the row is narrow.
    auto *menu = new QMenu(this);
    menu->addAction(setNull);
    menu->addAction(setEmpty);
    auto *button = new QToolButton(this);
    button->setObjectName(u"nullEmptyButton"_s);
    button->setText(tr("Null/Empty"));
    button->setToolTip(tr("Set the data to null (length -1) or empty (0 bytes)"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    layout->addWidget(button);
}

void DataEditorBar::setJsonStyleVisible(bool visible)
{
    m_jsonStyleLabel->setVisible(visible);
    m_jsonStyleBox->setVisible(visible);
}
