#pragma once

#include <QString>

/// One CSV cell (RFC 4180) that a spreadsheet opens as the text it is. Cells with a comma,
/// quote or line break are quoted; cells starting with = + - @, a tab or a carriage return
/// would be read as a formula (a node named "=HYPERLINK(...)"), so they get a leading
/// apostrophe and are quoted, as the OWASP CSV-injection guidance recommends.
QString csvField(const QString &text);
