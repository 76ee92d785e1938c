#include "util/datacodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace DataCodec {

namespace {

// 1-based line and column of the UTF-8 byte `offset` in `utf8`.
std::pair<int, int> lineColumn(const QByteArray &utf8, qsizetype offset)
{
    const QByteArray before = utf8.left(offset);
    const qsizetype lastBreak = before.lastIndexOf('\n');
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lastBreak + 1)).size()) + 1;
    return {line, column};
}

bool looksLikeProperties(const QStringList &lines)
{
    static const QRegularExpression entry(u"^[A-Za-z0-9_.\\-/]+\\s*=.*$"_s);
    int entries = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'!')) continue;
        if (!entry.match(line).hasMatch()) return false;
        ++entries;
    }
    return entries > 0;
}

bool looksLikeYaml(const QStringList &lines)
{
    static const QRegularExpression mapping(u"^\\s*(- )?[A-Za-z0-9_.\\-\"']+:(\\s.*)?$"_s);
    static const QRegularExpression item(u"^\\s*- .*$"_s);
    int mappings = 0;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t == u"---"_s || t == u"..."_s) continue;
        if (mapping.match(line).hasMatch())
            ++mappings;
        else if (!item.match(line).hasMatch() && !line.startsWith(u' '))
            return false; // a top-level line that is neither a key nor a list item
    }
    return mappings > 0;
}

} // namespace

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Auto:
        return QCoreApplication::translate("DataCodec", "Auto");
    case Mode::Text:
        return QCoreApplication::translate("DataCodec", "Text");
    case Mode::Json:
        return QCoreApplication::translate("DataCodec", "JSON");
    case Mode::Xml:
        return QCoreApplication::translate("DataCodec", "XML");
    case Mode::Yaml:
        return QCoreApplication::translate("DataCodec", "YAML");
    case Mode::Properties:
        return QCoreApplication::translate("DataCodec", "Properties");
    case Mode::Hex:
        return QCoreApplication::translate("DataCodec", "Hex");
    case Mode::Base64:
        return QCoreApplication::translate("DataCodec", "Base64");
    }
    return {};
}

bool isTextMode(Mode mode) { return mode != Mode::Auto && mode != Mode::Hex; }

QString encodingName(QStringConverter::Encoding encoding)
{
    return QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
}

bool isValidUtf8(const QByteArray &data)
{
    // Stateless: a sequence cut off at the end counts as an error instead of being kept for a
    // next chunk. decode() is lazy: the check happens when its result becomes a QString.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    return !decoder.hasError();
}

Mode detect(const QByteArray &data)
{
    if (data.isEmpty()) return Mode::Text;
    if (!isValidUtf8(data)) return Mode::Hex;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) return Mode::Json;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('<') && trimmed.endsWith('>')) return Mode::Xml;
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    if (looksLikeProperties(lines)) return Mode::Properties;
    if (looksLikeYaml(lines)) return Mode::Yaml;
    return Mode::Text;
}

Encoded encodeText(const QString &text, QStringConverter::Encoding encoding)
{
    // Not Stateless: Qt 6.4 does not count unrepresentable characters for stateless
    // encoders (it silently writes '?'), and that count is the whole point here.
    QStringEncoder encoder(encoding);
    Encoded out;
    out.bytes = encoder.encode(text);
    if (!encoder.hasError()) return out;
    // Find the first offending character for the message, one code point at a time.
    int line = 1, column = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QStringEncoder probe(encoding);
        const QByteArray one = probe.encode(QStringView(text).mid(i, len));
        if (probe.hasError()) {
            out.line = line;
            out.column = column;
            out.error = QCoreApplication::translate(
                            "DataCodec",
                            "%1 cannot represent the character \"%2\" (U+%3) at line %4, "
                            "column %5; nothing was converted. Choose another encoding (UTF-8 "
                            "represents every character) or remove the character.")
                            .arg(encodingName(encoding), text.mid(i, len))
                            .arg(QString::number(text.mid(i, len).toUcs4().value(0), 16)
                                     .toUpper()
                                     .rightJustified(4, u'0'))
                            .arg(line)
                            .arg(column);
            break;
        }
        if (text.at(i) == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len - 1;
    }
    if (out.error.isEmpty())
        out.error = QCoreApplication::translate("DataCodec", "the text cannot be represented in %1")
                        .arg(encodingName(encoding));
    out.bytes.clear();
    return out;
}

Decoded decode(const QByteArray &data, Mode mode, QStringConverter::Encoding encoding)
{
    Decoded out;
    out.mode = mode;
    if (mode == Mode::Base64) {
        out.text = toBase64Lines(data);
        return out;
    }
    if (mode == Mode::Json && !data.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError) {
            out.text = reformatJson(QString::fromUtf8(data), JsonStyle::Pretty);
            return out;
        }
        const auto [line, column] = lineColumn(data, error.offset);
        out.note = QCoreApplication::translate(
                       "DataCodec", "not valid JSON (%1 at line %2, column %3), shown as text")
                       .arg(error.errorString())
                       .arg(line)
                       .arg(column);
        out.mode = Mode::Text;
    }
    // JSON is UTF-8 by definition (RFC 8259); the other text modes use the chosen charset.
    const auto enc = mode == Mode::Json ? QStringConverter::Utf8 : encoding;
    // ConvertInitialBom keeps a byte order mark as U+FEFF so that it is written back too.
    QStringDecoder decoder(
        enc, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    out.text = decoder.decode(data);
    const bool hadError = decoder.hasError();
    const Encoded back = encodeText(out.text, enc);
    out.lossless = !hadError && back.ok() && back.bytes == data;
    if (!out.lossless) {
        const QString why =
            QCoreApplication::translate(
                "DataCodec", "the bytes are not valid %1: read-only here, edit them in Hex")
                .arg(encodingName(enc));
        out.note = out.note.isEmpty() ? why : out.note + u"; "_s + why;
    }
    return out;
}

Encoded encode(const QString &text, Mode mode, QStringConverter::Encoding encoding, JsonStyle style)
{
    if (mode == Mode::Base64) {
        QByteArray ascii;
        ascii.reserve(text.size());
        for (const QChar c : text) {
            if (c.isSpace()) continue;
            if (c.unicode() > 0x7f)
                return {{},
                        QCoreApplication::translate(
                            "DataCodec", "not Base64: the character \"%1\" is not allowed")
                            .arg(c)};
            ascii += char(c.unicode());
        }
        const auto result = QByteArray::fromBase64Encoding(
            ascii, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!result)
            return {{},
                    QCoreApplication::translate(
                        "DataCodec", "not valid Base64: check the characters and the '=' padding")};
        return {*result, {}};
    }
    if (mode == Mode::Json) {
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = lineColumn(utf8, error.offset);
            Encoded out;
            out.line = line;
            out.column = column;
            out.error =
                QCoreApplication::translate("DataCodec", "invalid JSON at line %1, column %2: %3")
                    .arg(line)
                    .arg(column)
                    .arg(error.errorString());
            return out;
        }
        return encodeText(reformatJson(text, style), QStringConverter::Utf8);
    }
    return encodeText(text, encoding);
}

QString reformatJson(QStringView json, JsonStyle style)
{
    const bool pretty = style == JsonStyle::Pretty;
    QString out;
    out.reserve(json.size() * (pretty ? 2 : 1));
    int depth = 0;
    const auto newline = [&] {
        if (pretty) {
            out += u'\n';
            out += QString(depth * 4, u' ');
        }
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (c == u'"') {
            // Copy the whole string verbatim, escapes included.
            const qsizetype start = i++;
            while (i < json.size() && json.at(i) != u'"') i += json.at(i) == u'\\' ? 2 : 1;
            out += json.mid(start, i - start + 1);
            continue;
        }
        if (c.isSpace()) continue;
        if (c == u'{' || c == u'[') {
            // An empty container stays on one line.
            qsizetype j = i + 1;
            while (j < json.size() && json.at(j).isSpace()) ++j;
            if (j < json.size() && (json.at(j) == u'}' || json.at(j) == u']')) {
                out += c;
                out += json.at(j);
                i = j;
                continue;
            }
            out += c;
            ++depth;
            newline();
        } else if (c == u'}' || c == u']') {
            --depth;
            newline();
            out += c;
        } else if (c == u',') {
            out += c;
            newline();
        } else if (c == u':') {
            out += pretty ? u": "_s : u":"_s;
        } else {
            out += c;
        }
    }
    if (pretty) out += u'\n';
    return out;
}

JsonStyle styleOf(const QByteArray &json)
{
    return json.contains('\n') ? JsonStyle::Pretty : JsonStyle::Compact;
}

QString toBase64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QString out;
    out.reserve(b64.size() + b64.size() / 76 + 1);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        if (i) out += u'\n';
        out += QLatin1StringView(b64.constData() + i, std::min<qsizetype>(76, b64.size() - i));
    }
    return out;
}

} // namespace DataCodec
