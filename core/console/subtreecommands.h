#pragma once

#include "zk/zkacl.h"

class ConsoleRun;

/// The commands that walk a subtree, on the jobs the GUI uses: the SubtreeCrawler (ls -R,
/// getEphemerals, getAllChildrenNumber: the last two have no call in the 3.8 C client and are
/// computed here, which their output says), RecursiveDeleteJob (deleteall) and RecursiveAclJob
/// (setAcl -R).
namespace SubtreeCommands {
void listRecursive(ConsoleRun &run);
void deleteAll(ConsoleRun &run);
void setAclRecursive(ConsoleRun &run, const ZkAcl &acl);
void getEphemerals(ConsoleRun &run);
void getAllChildrenNumber(ConsoleRun &run);
} // namespace SubtreeCommands
