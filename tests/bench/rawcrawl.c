/* Raw C client crawls: see rawcrawl.h. Plain C on purpose: the reference must not pay for any
 * zkdesk (or Qt) machinery. */
#include "rawcrawl.h"

#include <zookeeper/zookeeper.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- a FIFO of malloc'ed path strings ---- */
typedef struct path_queue
{
    char **items;
    size_t head, tail, capacity;
} path_queue;

static void queue_push(path_queue *q, char *path)
{
    if (q->tail == q->capacity) {
        if (q->head > 0) { /* compact before growing */
            memmove(q->items, q->items + q->head, (q->tail - q->head) * sizeof *q->items);
            q->tail -= q->head;
            q->head = 0;
        }
        if (q->tail == q->capacity) {
            q->capacity = q->capacity ? q->capacity * 2 : 1024;
            q->items = realloc(q->items, q->capacity * sizeof *q->items);
        }
    }
    q->items[q->tail++] = path;
}

static char *queue_pop(path_queue *q) { return q->head < q->tail ? q->items[q->head++] : NULL; }

static void queue_free(path_queue *q)
{
    char *p;
    while ((p = queue_pop(q))) free(p);
    free(q->items);
}

static char *join_path(const char *parent, const char *name)
{
    const size_t pl = strlen(parent), nl = strlen(name);
    const int root = pl == 1; /* "/" */
    char *p = malloc(pl + nl + 2);
    memcpy(p, parent, pl);
    size_t at = pl;
    if (!root) p[at++] = '/';
    memcpy(p + at, name, nl + 1);
    return p;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void quiet_log(const char *message) { (void)message; }

/* ---- connecting: wait for the CONNECTED session event ---- */
typedef struct connect_wait
{
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    int state;
} connect_wait;

static void session_watcher(zhandle_t *zh, int type, int state, const char *path, void *ctx)
{
    (void)zh;
    (void)path;
    connect_wait *w = ctx;
    if (type != ZOO_SESSION_EVENT) return;
    pthread_mutex_lock(&w->mutex);
    w->state = state;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->mutex);
}

static zhandle_t *connect_handle(const char *hosts, connect_wait *w)
{
    pthread_mutex_init(&w->mutex, NULL);
    pthread_cond_init(&w->cond, NULL);
    w->state = 0;
    zhandle_t *zh = zookeeper_init2(hosts, session_watcher, 30000, NULL, w, 0, quiet_log);
    if (!zh) return NULL;
    /* Without this the IO thread re-resolves the host list on every loop (a getaddrinfo per
     * wake-up): the C client's own best setting, as zkdesk uses it. */
    zoo_set_servers_resolution_delay(zh, 30000);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += 30;
    pthread_mutex_lock(&w->mutex);
    while (w->state != ZOO_CONNECTED_STATE) {
        if (pthread_cond_timedwait(&w->cond, &w->mutex, &deadline) != 0) break;
    }
    const int ok = w->state == ZOO_CONNECTED_STATE;
    pthread_mutex_unlock(&w->mutex);
    if (!ok) {
        zookeeper_close(zh);
        return NULL;
    }
    return zh;
}

/* ---- pipelined ---- */
typedef struct pipelined_crawl
{
    zhandle_t *zh;
    enum raw_issue_mode mode;
    pthread_mutex_t mutex; /* guards everything below (uncontended in the completion mode) */
    pthread_cond_t cond;
    path_queue frontier;
    int in_flight;
    int max_in_flight;
    int reads; /* RAW_READ_* bits: extra requests per node besides the children */
    raw_crawl_result result;
    int done;
} pipelined_crawl;

typedef struct pipelined_call
{
    pipelined_crawl *crawl;
    char *path;
} pipelined_call;

static void pipelined_completion(int rc, const struct String_vector *children,
                                 const struct Stat *stat, const void *data);

/* The data and ACL replies only count: the crawl's shape comes from the children. Called on
 * the completion thread; the caller holds no lock. */
static void finish_extra_locked(pipelined_crawl *c, int rc);

static void data_completion(int rc, const char *value, int len, const struct Stat *stat,
                            const void *data)
{
    (void)value;
    (void)stat;
    pipelined_crawl *c = (pipelined_crawl *)data;
    pthread_mutex_lock(&c->mutex);
    if (rc == ZOK && len > 0) c->result.data_bytes += len;
    finish_extra_locked(c, rc);
    pthread_mutex_unlock(&c->mutex);
}

static void acl_completion(int rc, struct ACL_vector *acl, struct Stat *stat, const void *data)
{
    (void)acl;
    (void)stat;
    pipelined_crawl *c = (pipelined_crawl *)data;
    pthread_mutex_lock(&c->mutex);
    finish_extra_locked(c, rc);
    pthread_mutex_unlock(&c->mutex);
}

/* Issues the children request and, with RAW_READ_DATA / RAW_READ_ACL, the data and ACL reads
 * of the same node (the C client serialises the path at once, so it may be freed later).
 * Returns how many requests went out; the caller counted 1 + extra in flight. */
static int issue(pipelined_crawl *c, char *path)
{
    pipelined_call *call = malloc(sizeof *call);
    call->crawl = c;
    call->path = path;
    int sent = 0;
    if (c->reads & RAW_READ_DATA) sent += zoo_aget(c->zh, path, 0, data_completion, c) == ZOK;
    if (c->reads & RAW_READ_ACL) sent += zoo_aget_acl(c->zh, path, acl_completion, c) == ZOK;
    if (zoo_aget_children2(c->zh, path, 0, pipelined_completion, call) == ZOK) return sent + 1;
    free(path);
    free(call);
    return sent;
}

static int requests_per_node(const pipelined_crawl *c)
{
    return 1 + ((c->reads & RAW_READ_DATA) != 0) + ((c->reads & RAW_READ_ACL) != 0);
}

/* Completion mode: called with the mutex held, on the completion thread (and once on the
 * caller's thread before anything is in flight). */
static void pump_locked(pipelined_crawl *c)
{
    char *path;
    const int per_node = requests_per_node(c);
    while (c->in_flight < c->max_in_flight && (path = queue_pop(&c->frontier))) {
        c->in_flight += per_node;
        const int sent = issue(c, path);
        if (sent < per_node) {
            c->in_flight -= per_node - sent;
            ++c->result.errors;
        }
    }
}

static void settle_locked(pipelined_crawl *c)
{
    if (c->mode == RAW_ISSUE_FROM_COMPLETION) pump_locked(c);
    if (c->in_flight == 0 && c->frontier.head == c->frontier.tail) c->done = 1;
    /* In the completion mode the caller only waits for the end. */
    if (c->mode == RAW_ISSUE_FROM_CALLER || c->done) pthread_cond_signal(&c->cond);
}

static void finish_extra_locked(pipelined_crawl *c, int rc)
{
    --c->in_flight;
    if (rc != ZOK && rc != ZNONODE) ++c->result.errors;
    settle_locked(c);
}

static void pipelined_completion(int rc, const struct String_vector *children,
                                 const struct Stat *stat, const void *data)
{
    (void)stat;
    pipelined_call *call = (pipelined_call *)data;
    pipelined_crawl *c = call->crawl;
    pthread_mutex_lock(&c->mutex);
    --c->in_flight;
    if (rc == ZOK) {
        ++c->result.nodes;
        for (int i = 0; children && i < children->count; ++i)
            queue_push(&c->frontier, join_path(call->path, children->data[i]));
    } else if (rc == ZNONODE) {
        ++c->result.vanished;
    } else {
        ++c->result.errors;
    }
    settle_locked(c);
    pthread_mutex_unlock(&c->mutex);
    free(call->path);
    free(call);
}

int raw_crawl_pipelined(const char *hosts, const char *root, int max_in_flight,
                        enum raw_issue_mode mode, raw_crawl_result *out)
{
    return raw_crawl_pipelined_reads(hosts, root, max_in_flight, mode, 0, out);
}

int raw_crawl_pipelined_reads(const char *hosts, const char *root, int max_in_flight,
                              enum raw_issue_mode mode, int reads, raw_crawl_result *out)
{
    connect_wait w;
    pipelined_crawl c;
    memset(&c, 0, sizeof c);
    c.mode = mode;
    c.reads = reads;
    c.max_in_flight = max_in_flight > 0 ? max_in_flight : 1;
    c.zh = connect_handle(hosts, &w);
    if (!c.zh) return -1;
    pthread_mutex_init(&c.mutex, NULL);
    pthread_cond_init(&c.cond, NULL);
    char **batch = malloc(c.max_in_flight * sizeof(char *));
    const double start = now_seconds();
    pthread_mutex_lock(&c.mutex);
    queue_push(&c.frontier, strdup(root));
    for (;;) {
        if (mode == RAW_ISSUE_FROM_COMPLETION) {
            if (c.in_flight == 0) pump_locked(&c); /* the root: nothing in flight yet */
        } else {
            /* Take a batch under the lock, issue it without the lock. */
            const int per_node = requests_per_node(&c);
            int n = 0;
            char *path;
            while (c.in_flight + n * per_node < c.max_in_flight && (path = queue_pop(&c.frontier)))
                batch[n++] = path;
            c.in_flight += n * per_node;
            if (n > 0) {
                pthread_mutex_unlock(&c.mutex);
                int missing = 0, failed = 0;
                for (int i = 0; i < n; ++i) {
                    const int sent = issue(&c, batch[i]);
                    missing += per_node - sent;
                    failed += sent < per_node;
                }
                pthread_mutex_lock(&c.mutex);
                c.in_flight -= missing;
                c.result.errors += failed;
                continue;
            }
        }
        if (c.in_flight == 0 && c.frontier.head == c.frontier.tail) break;
        pthread_cond_wait(&c.cond, &c.mutex);
        if (c.done) break;
    }
    pthread_mutex_unlock(&c.mutex);
    c.result.seconds = now_seconds() - start;
    free(batch);
    zookeeper_close(c.zh);
    queue_free(&c.frontier);
    *out = c.result;
    return c.result.errors ? -1 : 0;
}

/* ---- sequential ---- */
typedef struct sequential_reply
{
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    int answered;
    int rc;
    path_queue *frontier; /* the completion appends the children here */
    const char *path;
} sequential_reply;

static void sequential_completion(int rc, const struct String_vector *children,
                                  const struct Stat *stat, const void *data)
{
    (void)stat;
    sequential_reply *r = (sequential_reply *)data;
    pthread_mutex_lock(&r->mutex);
    r->rc = rc;
    if (rc == ZOK)
        for (int i = 0; children && i < children->count; ++i)
            queue_push(r->frontier, join_path(r->path, children->data[i]));
    r->answered = 1;
    pthread_cond_signal(&r->cond);
    pthread_mutex_unlock(&r->mutex);
}

int raw_crawl_sequential(const char *hosts, const char *root, raw_crawl_result *out)
{
    connect_wait w;
    zhandle_t *zh = connect_handle(hosts, &w);
    if (!zh) return -1;
    raw_crawl_result result;
    memset(&result, 0, sizeof result);
    path_queue frontier;
    memset(&frontier, 0, sizeof frontier);
    sequential_reply r;
    pthread_mutex_init(&r.mutex, NULL);
    pthread_cond_init(&r.cond, NULL);
    r.frontier = &frontier;
    const double start = now_seconds();
    queue_push(&frontier, strdup(root));
    char *path;
    while ((path = queue_pop(&frontier))) {
        r.answered = 0;
        r.path = path;
        if (zoo_aget_children2(zh, path, 0, sequential_completion, &r) != ZOK) {
            ++result.errors;
            free(path);
            continue;
        }
        pthread_mutex_lock(&r.mutex);
        while (!r.answered) pthread_cond_wait(&r.cond, &r.mutex);
        pthread_mutex_unlock(&r.mutex);
        if (r.rc == ZOK)
            ++result.nodes;
        else if (r.rc == ZNONODE)
            ++result.vanished;
        else
            ++result.errors;
        free(path);
    }
    result.seconds = now_seconds() - start;
    zookeeper_close(zh);
    queue_free(&frontier);
    *out = result;
    return result.errors ? -1 : 0;
}
