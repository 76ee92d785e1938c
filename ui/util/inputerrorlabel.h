#pragma once

class QLabel;
class QString;
class QWidget;

/// The red line under an input field that says what is wrong with it (hidden until there is
/// something to say): plain text, since it may quote a path or name, and selectable so the
/// message can be copied.
QLabel *makeInputErrorLabel(QWidget *parent, const QString &objectName);
