#pragma once

#include <QString>
#include <QStringView>

/// Znode path helpers. Validation follows the server (PathUtils.validatePath) and the C client,
/// so a path accepted here is never refused by either for its spelling:
/// - starts with "/", no trailing "/" (except the root "/"), no empty component ("//"),
/// - no "." or ".." component,
/// - no U+0000-U+001F, U+007F-U+009F, U+D800-U+F8FF (this includes every surrogate, so emoji and
///   anything outside the Basic Multilingual Plane are refused) or U+FFF0-U+FFFF.
/// Positions in messages are 1-based character positions (the leading "/" is position 1).
namespace ZkPath {

/// Empty when `path` is a valid absolute znode path, else a human message saying what is wrong
/// and where, e.g. `path contains an empty component ("//") at position 5`.
QString validate(QStringView path);
inline bool isValid(QStringView path) { return validate(path).isEmpty(); }

/// Validates a single path component (a node name typed in a create or rename dialog): not
/// empty, no "/", not "." or "..", same character rules as validate().
QString validateName(QStringView name);

/// "/" + "a" -> "/a", "/a" + "b" -> "/a/b". Does not validate.
QString join(QStringView parent, QStringView name);

/// "/a/b" -> "/a", "/a" -> "/", "/" -> "" (the root has no parent), "" -> "".
QString parent(QStringView path);

/// The last component: "/a/b" -> "b". The root is its own name: "/" -> "/" (so a tree shows
/// something for it). "" -> "".
QString name(QStringView path);

/// True when `ancestor` is a strict ancestor of `path`: ("/a", "/a/b") and ("/", "/a") are,
/// ("/a", "/a") and ("/a", "/ab") are not.
bool isAncestor(QStringView ancestor, QStringView path);

/// Number of components: "/" -> 0, "/a" -> 1, "/a/b" -> 2. -1 for an empty string.
int depth(QStringView path);

/// The sequential-node suffix, for the node-kind marker: a name that ends in exactly
/// 10 ASCII digits (the server appends `%010d` of the parent's cversion) returns the suffix,
/// e.g. "lock-0000000042" -> "0000000042"; otherwise an empty string. A longer digit run (a
/// millisecond timestamp, say) is not treated as sequential. Counters past 2^31 (negative,
/// "-000000001") are not recognised: too easily confused with ordinary names.
QString sequentialSuffix(QStringView name);

} // namespace ZkPath
