#pragma once

class ConsoleRun;

/// The single-node commands (one or two requests on the session each).
namespace NodeCommands {
void ls(ConsoleRun &run);
void get(ConsoleRun &run);
void stat(ConsoleRun &run);
void set(ConsoleRun &run);
void create(ConsoleRun &run);
void remove(ConsoleRun &run); ///< delete
void getAcl(ConsoleRun &run);
void setAcl(ConsoleRun &run);
void sync(ConsoleRun &run);
void config(ConsoleRun &run);
} // namespace NodeCommands
