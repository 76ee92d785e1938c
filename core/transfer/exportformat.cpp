#include "transfer/exportformat.h"

#include "util/datacodec.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// A create carries the path and the ACL too: leave them room under jute.maxbuffer.
constexpr qsizetype kMaxDataBytes = ZkSession::maxPacketBytes() - 1024;

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (char ch : utf8) {
        const auto c = uchar(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

QByteArray aclJson(const ZkAcl &acl)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < acl.size(); ++i) {
        if (i) out += ',';
        out += "{\"scheme\":" + ExportFormat::quoted(acl[i].scheme)
            + ",\"id\":" + ExportFormat::quoted(acl[i].id)
            + ",\"perms\":" + ExportFormat::quoted(permsToLetters(acl[i].perms)) + '}';
    }
    return out + ']';
}

QByteArray statJson(const ZkStat &s)
{
    return QStringLiteral("{\"czxid\":%1,\"mzxid\":%2,\"pzxid\":%3,\"ctime\":%4,\"mtime\":%5,"
                          "\"version\":%6,\"cversion\":%7,\"aversion\":%8,\"ephemeralOwner\":%9,"
                          "\"dataLength\":%10,\"numChildren\":%11}")
        .arg(s.czxid)
        .arg(s.mzxid)
        .arg(s.pzxid)
        .arg(s.ctime)
        .arg(s.mtime)
        .arg(s.version)
        .arg(s.cversion)
        .arg(s.aversion)
        .arg(s.ephemeralOwner)
        .arg(s.dataLength)
        .arg(s.numChildren)
        .toLatin1();
}

QString readStat(const QJsonValue &value, ZkStat *s)
{
    if (!value.isObject()) return u"\"stat\" is not an object"_s;
    const QJsonObject o = value.toObject();
    s->czxid = o.value(u"czxid").toInteger();
    s->mzxid = o.value(u"mzxid").toInteger();
    s->pzxid = o.value(u"pzxid").toInteger();
    s->ctime = o.value(u"ctime").toInteger();
    s->mtime = o.value(u"mtime").toInteger();
    s->version = int(o.value(u"version").toInteger());
    s->cversion = int(o.value(u"cversion").toInteger());
    s->aversion = int(o.value(u"aversion").toInteger());
    s->ephemeralOwner = o.value(u"ephemeralOwner").toInteger();
    s->dataLength = int(o.value(u"dataLength").toInteger());
    s->numChildren = int(o.value(u"numChildren").toInteger());
    return {};
}

QString readData(const QJsonObject &object, QByteArray *data)
{
    const bool hasText = object.contains(u"data");
    const bool hasBase64 = object.contains(u"base64");
    if (hasText == hasBase64)
        return u"a node needs exactly one of \"data\" (text or null) and \"base64\""_s;
    if (hasText) {
        const QJsonValue v = object.value(u"data");
        if (v.isNull())
            *data = QByteArray();
        else if (v.isString())
            *data = v.toString().toUtf8();
        else
            return u"\"data\" must be a string or null"_s;
        if (v.isString() && data->isNull()) *data = QByteArray("");
        return {};
    }
    const QJsonValue v = object.value(u"base64");
    if (!v.isString()) return u"\"base64\" must be a string"_s;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return u"\"base64\" is not valid base64"_s;
    *data = decoded.decoded.isNull() ? QByteArray("") : decoded.decoded;
    return {};
}

} // namespace

QByteArray ExportFormat::quoted(QStringView text)
{
    QByteArray out;
    appendEscaped(out, text.toUtf8());
    return out;
}

QByteArray ExportFormat::headerLine(const Header &header)
{
    QByteArray out = "{\"format\":\"";
    out += kFormatName;
    out += "\",\"version\":" + QByteArray::number(kVersion);
    out += ",\"root\":" + quoted(header.root);
    out += ",\"origin\":" + quoted(header.origin);
    out += ",\"exportedAt\":" + quoted(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    out += ",\"withStat\":";
    out += header.withStat ? "true" : "false";
    out += ",\"nodes\":[\n";
    return out;
}

QByteArray ExportFormat::nodeObject(const QString &root, const TransferNode &node, bool withStat)
{
    QByteArray out = "{\"path\":" + quoted(TransferSnapshot::absolute(root, node.relPath));
    if (node.kind != NodeKind::Persistent)
        out += ",\"kind\":\"" + NodeKinds::name(node.kind).toLatin1() + '"';
    if (node.kind == NodeKind::Ttl && node.ttlMs > 0)
        out += ",\"ttlMs\":" + QByteArray::number(node.ttlMs);
    if (node.data.isNull()) {
        out += ",\"data\":null";
    } else if (DataCodec::isValidUtf8(node.data)) {
        out += ",\"data\":";
        appendEscaped(out, node.data);
    } else {
        out += ",\"base64\":\"" + node.data.toBase64() + '"';
    }
    out += ",\"acl\":" + aclJson(node.acl);
    if (withStat && node.stat) out += ",\"stat\":" + statJson(*node.stat);
    return out + '}';
}

QByteArray ExportFormat::skippedObject(const QString &root, const QString &relPath)
{
    return "{\"path\":" + quoted(TransferSnapshot::absolute(root, relPath))
        + ",\"kind\":\"ephemeral\",\"skipped\":true}";
}

QByteArray ExportFormat::trailerLine(const Summary &summary)
{
    QByteArray paths = "[";
    for (qsizetype i = 0; i < summary.unreadablePaths.size(); ++i)
        paths += (i ? "," : "") + quoted(summary.unreadablePaths[i]);
    paths += ']';
    return "],\"summary\":{\"nodes\":" + QByteArray::number(summary.nodes)
        + ",\"ephemeralSkipped\":" + QByteArray::number(summary.ephemeralSkipped)
        + ",\"unreadable\":" + QByteArray::number(summary.unreadable) + ",\"unreadablePaths\":"
        + paths + ",\"complete\":" + (summary.complete ? "true" : "false") + "}}\n";
}

QString ExportFormat::checkPath(const QString &path, const QString &root)
{
    if (const QString why = ZkPath::validate(path); !why.isEmpty())
        return u"invalid path \"%1\": %2"_s.arg(path, why);
    if (path != root && !ZkPath::isAncestor(root, path))
        return u"path \"%1\" is not below the file's root \"%2\""_s.arg(path, root);
    return {};
}

QString ExportFormat::parseAcl(const QJsonValue &value, ZkAcl *out)
{
    if (!value.isArray()) return u"\"acl\" is not a list"_s;
    out->clear();
    for (const QJsonValue &e : value.toArray()) {
        const QJsonObject o = e.toObject();
        if (!e.isObject() || !o.value(u"scheme").isString() || !o.value(u"id").isString()
            || !o.value(u"perms").isString())
            return u"an ACL entry needs \"scheme\", \"id\" and \"perms\" strings"_s;
        const auto perms = permsFromLetters(o.value(u"perms").toString());
        if (!perms)
            return u"ACL permissions \"%1\" are not letters of \"cdrwa\""_s.arg(
                o.value(u"perms").toString());
        out->append({o.value(u"scheme").toString(), o.value(u"id").toString(), *perms});
    }
    if (out->isEmpty()) return u"the ACL is empty (the server refuses an empty ACL)"_s;
    return {};
}

QString ExportFormat::parseNode(const QJsonObject &object, const QString &root, bool withStat,
                                TransferNode *out, bool *skipped)
{
    const QString path = object.value(u"path").toString();
    if (!object.value(u"path").isString()) return u"a node has no \"path\" string"_s;
    if (QString why = checkPath(path, root); !why.isEmpty()) return why;
    *out = {};
    out->relPath = TransferSnapshot::relative(root, path);
    if (object.contains(u"kind")) {
        const auto kind = NodeKinds::fromName(object.value(u"kind").toString());
        if (!kind)
            return u"unknown kind \"%1\" at %2"_s.arg(object.value(u"kind").toString(), path);
        out->kind = *kind;
    }
    *skipped = object.value(u"skipped").toBool();
    if (*skipped) return {};
    out->ttlMs = object.value(u"ttlMs").toInteger();
    if (QString why = readData(object, &out->data); !why.isEmpty()) return why + u" at "_s + path;
    if (QString why = parseAcl(object.value(u"acl"), &out->acl); !why.isEmpty())
        return why + u" at "_s + path;
    if (withStat && object.contains(u"stat")) {
        ZkStat s;
        if (QString why = readStat(object.value(u"stat"), &s); !why.isEmpty()) return why;
        out->stat = s;
    }
    if (out->data.size() > kMaxDataBytes)
        return u"the data of %1 is %2 bytes: over the server's 1 MB request limit"_s.arg(path).arg(
            out->data.size());
    return {};
}
