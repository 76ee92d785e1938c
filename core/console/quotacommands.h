#pragma once

class ConsoleRun;

/// setquota, listquota and delquota, on core/quota (the same code as the quota view).
namespace QuotaCommands {
void setQuota(ConsoleRun &run);
void listQuota(ConsoleRun &run);
void delQuota(ConsoleRun &run);
} // namespace QuotaCommands
