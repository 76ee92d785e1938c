#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringConverter>

/// Conversions between a znode's bytes and what an editor mode shows, kept apart from the
/// widgets so the byte-exactness rules live in one place:
/// - decode() says whether its text converts back to exactly the same bytes (`lossless`); an
///   editor must not let the user edit a lossy rendering (it would corrupt the node on save);
/// - encode() refuses (an error, never a replacement character) text that the chosen encoding
///   cannot represent, and JSON that does not parse (with the line and column).
namespace DataCodec {
Q_NAMESPACE

enum class Mode { Auto, Text, Json, Xml, Yaml, Properties, Hex, Base64 };
Q_ENUM_NS(Mode)

enum class JsonStyle { Compact, Pretty };

QString modeName(Mode mode);
bool isTextMode(Mode mode); ///< shown in the text editor (everything but Auto and Hex)
bool isValidUtf8(const QByteArray &data);

/// Auto's choice: Hex for bytes that are not UTF-8, then JSON, XML, Properties, YAML by content,
/// else Text. Null and empty data are Text (there is nothing to detect).
Mode detect(const QByteArray &data);

struct Decoded
{
    QString text;
    Mode mode = Mode::Text; ///< the mode actually used (JSON that does not parse falls back)
    bool lossless = true;   ///< encode(text) gives back the same bytes
    QString note;           ///< why it is not lossless / why the mode fell back; may be empty
};
/// `mode` must be a text mode. JSON is pretty-printed (see reformatJson); that is a display
/// form, so it counts as lossless: a node is only rewritten when the user edits it.
Decoded decode(const QByteArray &data, Mode mode, QStringConverter::Encoding encoding);

struct Encoded
{
    QByteArray bytes;
    QString error; ///< empty on success
    int line = 0;  ///< 1-based position of the problem, 0 when it has none
    int column = 0;
    bool ok() const { return error.isEmpty(); }
};
Encoded encode(const QString &text, Mode mode, QStringConverter::Encoding encoding,
               JsonStyle style = JsonStyle::Compact);

/// Strictly encodes `text`; an unrepresentable character is an error naming it and its place.
Encoded encodeText(const QString &text, QStringConverter::Encoding encoding);

/// Re-indents JSON text token by token, keeping strings, numbers and key order exactly as
/// written (QJsonDocument would sort keys and round big integers to doubles). Expects valid
/// JSON; pretty uses 4 spaces and a final newline, compact has no whitespace at all.
QString reformatJson(QStringView json, JsonStyle style);
/// Pretty when the bytes contain a line break, else compact: how the node was stored.
JsonStyle styleOf(const QByteArray &json);

/// Base64 in 76-character lines (MIME), and back; whitespace is ignored when decoding.
QString toBase64Lines(const QByteArray &data);

QString encodingName(QStringConverter::Encoding encoding);

} // namespace DataCodec
