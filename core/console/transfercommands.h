#pragma once

class ConsoleRun;

/// export, import and diff: the transfer jobs the GUI's dialogs use (SubtreeExportJob,
/// ImportJob, TreeComparison), so a script gets the same file format, checks and reports.
///   export [-s] path file          a subtree to a zkdesk export file (.gz: gzip; -s: Stats)
///   import [-n] [-m mode] path file  a zkdesk / ZooNavigator / zk_shell file below path
///                                  (-n: dry run only; mode skip|overwrite|stop, default skip)
///   diff [-f] [-c] path other      two subtrees of this connection, or with -f path against
///                                  an export file; -c: only the counts (as grep -c counts
///                                  matches), for scripts that ask "how different?"
namespace TransferCommands {
void exportSubtree(ConsoleRun &run);
void importFile(ConsoleRun &run);
void diff(ConsoleRun &run);
} // namespace TransferCommands
