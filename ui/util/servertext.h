#pragma once

#include "util/displaytext.h"

#include <QString>

class QLabel;
class QMessageBox;
class QWidget;

/// The widget side of DisplayText's rule: text from a server or a file is never read as
/// markup. Labels and message boxes that carry it are Qt::PlainText; tooltips, which Qt reads
/// as rich text whenever the text looks like it, get the text escaped.
namespace ServerText {

/// DisplayText::shown(): what a message says about a path or name (markers, long ones elided).
inline QString path(const QString &text) { return DisplayText::shown(text); }

/// Makes `label` plain text: it then shows `<b>` as the three characters it is.
void makePlain(QLabel *label);
/// Sets a plain-text label; `full` (e.g. the raw path that was elided) goes into its tooltip.
void setText(QLabel *label, const QString &text, const QString &full = {});
/// Every text of the box (text, informative and detailed text) as plain text. Call it after
/// setting them: QMessageBox creates the informative label on first use.
void makePlain(QMessageBox *box);
/// When path() shortened `raw` in the box's text, the full path goes into that text's tooltip.
void keepFullText(QMessageBox *box, const QString &raw);
/// The same for a label.
void keepFullText(QLabel *label, const QString &raw);
/// DisplayText::toolTip(): a tooltip that shows `text` literally.
inline QString toolTip(const QString &text) { return DisplayText::toolTip(text); }

} // namespace ServerText
