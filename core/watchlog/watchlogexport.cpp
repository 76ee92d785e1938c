#include "watchlog/watchlogexport.h"

#include "util/csvfield.h"
#include "util/statformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

QString watchLogTypeName(WatchLogType type)
{
    switch (type) {
    case WatchLogType::Created: return u"created"_s;
    case WatchLogType::Deleted: return u"deleted"_s;
    case WatchLogType::DataChanged: return u"data changed"_s;
    case WatchLogType::ChildrenChanged: return u"children changed"_s;
    case WatchLogType::SessionState: return u"session state"_s;
    case WatchLogType::Note: return u"note"_s;
    }
    return {};
}

namespace {

bool isText(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (decoder.hasError()) return false;
    for (const QChar c : std::as_const(*text))
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') return false;
    return true;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs);
}

QString csvValue(bool known, const QByteArray &value)
{
    if (!known) return {};
    QString text;
    return isText(value, &text) ? text : u"base64:"_s + QString::fromLatin1(value.toBase64());
}

QString sizeField(qint64 size)
{
    return size < 0 ? QString() : QString::number(size);
}

} // namespace

QByteArray WatchLogExport::toCsv(const QList<WatchLogEntry> &entries)
{
    QString out = u"time,session,type,path,old_size,new_size,detail,old_value,new_value\r\n"_s;
    for (const WatchLogEntry &e : entries) {
        const QStringList fields{
            timeText(e.timeMs), StatFormat::formatSessionId(e.sessionId), watchLogTypeName(e.type),
            e.path, sizeField(e.oldSize), sizeField(e.newSize), e.detail,
            csvValue(e.hasOldValue, e.oldValue), csvValue(e.hasNewValue, e.newValue)};
        QStringList quoted;
        for (const QString &f : fields) quoted << csvField(f);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray WatchLogExport::toJson(const QList<WatchLogEntry> &entries)
{
    QJsonArray events;
    for (const WatchLogEntry &e : entries) {
        QJsonObject o{
            {u"seq"_s, qint64(e.seq)},
            {u"time"_s, timeText(e.timeMs)},
            {u"timeMs"_s, e.timeMs},
            {u"session"_s, StatFormat::formatSessionId(e.sessionId)},
            {u"type"_s, watchLogTypeName(e.type)},
            {u"path"_s, e.path},
        };
        if (e.oldSize >= 0) o.insert(u"oldSize"_s, e.oldSize);
        if (e.newSize >= 0) o.insert(u"newSize"_s, e.newSize);
        if (!e.detail.isEmpty()) o.insert(u"detail"_s, e.detail);
        if (e.hasOldValue || e.hasNewValue) {
            QString oldText, newText;
            const bool text = (!e.hasOldValue || isText(e.oldValue, &oldText))
                && (!e.hasNewValue || isText(e.newValue, &newText));
            o.insert(u"valueEncoding"_s, text ? u"utf-8"_s : u"base64"_s);
            if (e.hasOldValue)
                o.insert(u"oldValue"_s, text ? oldText : QString::fromLatin1(e.oldValue.toBase64()));
            if (e.hasNewValue)
                o.insert(u"newValue"_s, text ? newText : QString::fromLatin1(e.newValue.toBase64()));
            if (e.valuesTruncated) o.insert(u"valuesTruncated"_s, true);
        }
        events.append(o);
    }
    return QJsonDocument(QJsonObject{{u"events"_s, events}}).toJson(QJsonDocument::Indented);
}

bool WatchLogExport::writeFile(const QString &fileName, const QByteArray &bytes, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}
