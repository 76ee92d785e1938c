/* The reference crawls for zkdesk-bench, written against the raw ZooKeeper C API with nothing
 * of zkdesk in between: what the C client itself allows on this machine. */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

typedef struct raw_crawl_result
{
    long nodes;           /* nodes listed (the root included) */
    long vanished;        /* ZNONODE */
    long errors;          /* any other error */
    double seconds;       /* from the first request to the last reply (connect not included) */
    long long data_bytes; /* data bytes read (RAW_READ_DATA) */
} raw_crawl_result;

/* Breadth-first crawl below `root` with zoo_aget_children2, up to `max_in_flight` requests
 * outstanding, own zhandle. 0 on success. Two ways to keep the pipe full:
 * - RAW_ISSUE_FROM_COMPLETION: the completion callback issues the next requests itself (one
 *   thread does everything after the first request);
 * - RAW_ISSUE_FROM_CALLER: the completion only queues the children and signals; the calling
 *   thread issues them in batches (two threads share the work, as zkdesk's GUI thread does). */
enum raw_issue_mode { RAW_ISSUE_FROM_COMPLETION, RAW_ISSUE_FROM_CALLER };
int raw_crawl_pipelined(const char *hosts, const char *root, int max_in_flight,
                        enum raw_issue_mode mode, raw_crawl_result *out);

/* The same pipelined crawl that also reads each node's data (zoo_aget) and/or ACL
 * (zoo_aget_acl), issued together with its children request; `max_in_flight` counts every
 * request. What an export or a compare needs from the server, at the C client's own speed. */
enum raw_reads { RAW_READ_DATA = 1, RAW_READ_ACL = 2 };
int raw_crawl_pipelined_reads(const char *hosts, const char *root, int max_in_flight,
                              enum raw_issue_mode mode, int reads, raw_crawl_result *out);

/* The same crawl one request at a time (issue, wait for the reply, next), like `zkCli.sh ls -R`.
 * Async call + condition variable, so no synchronous zoo_* call appears anywhere. 0 on success. */
int raw_crawl_sequential(const char *hosts, const char *root, raw_crawl_result *out);

#ifdef __cplusplus
}
#endif
