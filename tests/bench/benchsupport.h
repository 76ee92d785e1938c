#pragma once

#include <QString>

#include <functional>
#include <memory>

class SandboxServer;
class ZkSession;

/// What the bench's parts share: starting sandbox servers, connecting, reading the RSS, and
/// printing figures (one human line now, one `name: value` line at the end).
namespace BenchSupport {

/// Starts `server` and waits for it; false (printed) when it did not start.
bool startServer(SandboxServer &server);
/// A connected session to `hosts`, or nullptr.
std::unique_ptr<ZkSession> connectSession(const QString &hosts);
/// This process's resident set in bytes, -1 when unknown.
qint64 rssBytes();
/// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS; false when not supported.
bool resetPeakRss();
/// The peak resident set since the last resetPeakRss() (VmHWM) in bytes, -1 when unknown.
qint64 peakRssBytes();

/// `human` has a %1 for the value.
void figure(const QString &human, const QString &name, double value, int decimals = 0);
void note(const QString &text);
/// Prints the collected `name: value` lines.
void printMachineLines();

} // namespace BenchSupport
