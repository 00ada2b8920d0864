/*
 * test_vectors.c - checks the reference encoder against the JSON files in ../vectors.
 *
 *   test_vectors [VECTOR_DIR]        (default ../vectors)
 *
 * For every case listed in VECTOR_DIR/index.json:
 *   - re-encodes every "frame" piece from its "message" fields with the C API and compares the
 *     bytes with the piece's "hex";
 *   - COBS-decodes every frame piece with rt_cobs_decode and checks message + CRC;
 *   - compares the concatenation of all pieces with "stream_hex";
 *   - host_to_device cases: runs the stream through rt_cmd_decoder and compares what it reports
 *     with the pieces (rules in ../vectors/README.md).
 * Plus unit checks (CRC check value, COBS corner cases, capacity checks, decoder robustness).
 * Prints "N passed, M failed" and exits non-zero on any failure.
 *
 * Host-only test code: uses malloc and stdio (the library itself does not).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reptempo_proto.h"

/* ------------------------------------------------------------------------------------------
 * A tiny JSON reader, enough for the vector files
 * ---------------------------------------------------------------------------------------- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;

typedef struct jnode {
    jtype type;
    double num;
    long long inum;
    int is_int;
    char *str;
    size_t n;
    struct jnode **items;
    char **keys;
} jnode;

typedef struct {
    const char *p;
    const char *end;
    const char *err;
} jparser;

static jnode *jnew(jtype t)
{
    jnode *n = (jnode *)calloc(1, sizeof *n);
    if (n == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    n->type = t;
    return n;
}

static void jfree(jnode *n)
{
    size_t i;
    if (n == NULL) {
        return;
    }
    for (i = 0; i < n->n; i++) {
        jfree(n->items[i]);
        if (n->keys) {
            free(n->keys[i]);
        }
    }
    free(n->items);
    free(n->keys);
    free(n->str);
    free(n);
}

static void jskip(jparser *ps)
{
    while (ps->p < ps->end &&
           (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t')) {
        ps->p++;
    }
}

static void jpush(jnode *n, jnode *item, char *key)
{
    n->items = (jnode **)realloc(n->items, (n->n + 1) * sizeof *n->items);
    if (n->type == J_OBJ) {
        n->keys = (char **)realloc(n->keys, (n->n + 1) * sizeof *n->keys);
    }
    if (n->items == NULL || (n->type == J_OBJ && n->keys == NULL)) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    n->items[n->n] = item;
    if (n->type == J_OBJ) {
        n->keys[n->n] = key;
    }
    n->n++;
}

static char *jstring(jparser *ps)
{
    size_t cap = 16, len = 0;
    char *s;
    if (ps->p >= ps->end || *ps->p != '"') {
        ps->err = "expected string";
        return NULL;
    }
    ps->p++;
    s = (char *)malloc(cap);
    while (s != NULL) {
        char c;
        if (ps->p >= ps->end) {
            ps->err = "unterminated string";
            free(s);
            return NULL;
        }
        c = *ps->p++;
        if (c == '"') {
            break;
        }
        if (c == '\\') {
            char e = ps->p < ps->end ? *ps->p++ : '\0';
            switch (e) {
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            case '/': c = '/'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'u': {
                unsigned v = 0;
                int k;
                for (k = 0; k < 4 && ps->p < ps->end; k++) {
                    char h = *ps->p++;
                    v = v * 16u + (unsigned)(h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0');
                }
                c = v < 128u ? (char)v : '?';
                break;
            }
            default:
                ps->err = "bad escape";
                free(s);
                return NULL;
            }
        }
        if (len + 2 > cap) {
            char *t;
            cap *= 2;
            t = (char *)realloc(s, cap);
            if (t == NULL) {
                free(s);
                s = NULL;
                break;
            }
            s = t;
        }
        s[len++] = c;
    }
    if (s == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    s[len] = '\0';
    return s;
}

static jnode *jvalue(jparser *ps, int depth)
{
    jnode *n;
    jskip(ps);
    if (ps->p >= ps->end || depth > 64) {
        ps->err = "unexpected end";
        return NULL;
    }
    if (*ps->p == '{' || *ps->p == '[') {
        int obj = *ps->p == '{';
        char close = obj ? '}' : ']';
        n = jnew(obj ? J_OBJ : J_ARR);
        ps->p++;
        jskip(ps);
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            return n;
        }
        for (;;) {
            char *key = NULL;
            jnode *item;
            jskip(ps);
            if (obj) {
                key = jstring(ps);
                if (key == NULL) {
                    jfree(n);
                    return NULL;
                }
                jskip(ps);
                if (ps->p >= ps->end || *ps->p != ':') {
                    ps->err = "expected ':'";
                    free(key);
                    jfree(n);
                    return NULL;
                }
                ps->p++;
            }
            item = jvalue(ps, depth + 1);
            if (item == NULL) {
                free(key);
                jfree(n);
                return NULL;
            }
            jpush(n, item, key);
            jskip(ps);
            if (ps->p < ps->end && *ps->p == ',') {
                ps->p++;
                continue;
            }
            if (ps->p < ps->end && *ps->p == close) {
                ps->p++;
                return n;
            }
            ps->err = "expected ',' or closing bracket";
            jfree(n);
            return NULL;
        }
    }
    if (*ps->p == '"') {
        char *s = jstring(ps);
        if (s == NULL) {
            return NULL;
        }
        n = jnew(J_STR);
        n->str = s;
        return n;
    }
    if (ps->end - ps->p >= 4 && strncmp(ps->p, "null", 4) == 0) {
        ps->p += 4;
        return jnew(J_NULL);
    }
    if (ps->end - ps->p >= 4 && strncmp(ps->p, "true", 4) == 0) {
        ps->p += 4;
        n = jnew(J_BOOL);
        n->inum = 1;
        return n;
    }
    if (ps->end - ps->p >= 5 && strncmp(ps->p, "false", 5) == 0) {
        ps->p += 5;
        return jnew(J_BOOL);
    }
    {
        /* number */
        const char *start = ps->p;
        char buf[64];
        size_t len;
        char *endp;
        int is_int = 1;
        while (ps->p < ps->end && strchr("+-0123456789.eE", *ps->p) != NULL) {
            if (*ps->p == '.' || *ps->p == 'e' || *ps->p == 'E') {
                is_int = 0;
            }
            ps->p++;
        }
        len = (size_t)(ps->p - start);
        if (len == 0 || len >= sizeof buf) {
            ps->err = "bad value";
            return NULL;
        }
        memcpy(buf, start, len);
        buf[len] = '\0';
        n = jnew(J_NUM);
        n->num = strtod(buf, &endp);
        n->is_int = is_int;
        if (is_int) {
            n->inum = strtoll(buf, &endp, 10);
        }
        return n;
    }
}

static jnode *jparse_file(const char *path, const char **err)
{
    FILE *f = fopen(path, "rb");
    char *data;
    long size;
    jparser ps;
    jnode *root;
    *err = NULL;
    if (f == NULL) {
        *err = "cannot open file";
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        *err = "cannot size file";
        return NULL;
    }
    data = (char *)malloc((size_t)size + 1);
    if (data == NULL || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(data);
        *err = "cannot read file";
        return NULL;
    }
    fclose(f);
    ps.p = data;
    ps.end = data + size;
    ps.err = NULL;
    root = jvalue(&ps, 0);
    if (root != NULL) {
        jskip(&ps);
        if (ps.p != ps.end) {
            ps.err = "trailing characters";
            jfree(root);
            root = NULL;
        }
    }
    *err = ps.err;
    free(data);
    return root;
}

static const jnode *jget(const jnode *obj, const char *key)
{
    size_t i;
    if (obj == NULL || obj->type != J_OBJ) {
        return NULL;
    }
    for (i = 0; i < obj->n; i++) {
        if (strcmp(obj->keys[i], key) == 0) {
            return obj->items[i];
        }
    }
    return NULL;
}

static const char *jgets(const jnode *obj, const char *key)
{
    const jnode *n = jget(obj, key);
    return (n != NULL && n->type == J_STR) ? n->str : NULL;
}

/* ------------------------------------------------------------------------------------------
 * Test bookkeeping
 * ---------------------------------------------------------------------------------------- */

static int g_passed, g_failed;
static int g_case_failed;
static const char *g_case;
static long g_frames_checked, g_commands_checked;

static void fail(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "FAIL [%s]: ", g_case ? g_case : "?");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    g_case_failed = 1;
}

static void begin(const char *name)
{
    g_case = name;
    g_case_failed = 0;
}

static void end(void)
{
    if (g_case_failed) {
        g_failed++;
    } else {
        g_passed++;
    }
    g_case = NULL;
}

/* field as integer with range check; sets *ok = 0 on a problem */
static long long field(const jnode *msg, const char *key, long long lo, long long hi, int *ok)
{
    const jnode *n = jget(msg, key);
    if (n == NULL || n->type != J_NUM || !n->is_int || n->inum < lo || n->inum > hi) {
        fail("message field '%s' missing or out of range", key);
        *ok = 0;
        return 0;
    }
    return n->inum;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1; /* upper case is not allowed by the schema */
}

/* decode lowercase hex; returns length or -1 */
static long unhex(const char *hex, uint8_t **out)
{
    size_t n = strlen(hex);
    size_t i;
    uint8_t *b;
    if (n % 2 != 0) {
        return -1;
    }
    b = (uint8_t *)malloc(n / 2 + 1);
    if (b == NULL) {
        return -1;
    }
    for (i = 0; i < n / 2; i++) {
        int hi = hexval(hex[2 * i]), lo = hexval(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            free(b);
            return -1;
        }
        b[i] = (uint8_t)(hi * 16 + lo);
    }
    *out = b;
    return (long)(n / 2);
}

static int cmd_type_by_name(const char *name)
{
    if (strcmp(name, "start_stream") == 0) return RT_CMD_START_STREAM;
    if (strcmp(name, "stop_stream") == 0) return RT_CMD_STOP_STREAM;
    if (strcmp(name, "set_rate") == 0) return RT_CMD_SET_RATE;
    if (strcmp(name, "identify") == 0) return RT_CMD_IDENTIFY;
    if (strcmp(name, "ping") == 0) return RT_CMD_PING;
    if (strcmp(name, "get_hello") == 0) return RT_CMD_GET_HELLO;
    return -1;
}

/* Build the message bytes of a schema "message" object with the C API. 0 on failure. */
static size_t build_message(const jnode *m, uint8_t *out, size_t cap, rt_cmd *cmd_out)
{
    const char *type = jgets(m, "type");
    int ok = 1;
    size_t len = 0;
    if (type == NULL) {
        fail("message without type");
        return 0;
    }
    if (strcmp(type, "hello") == 0) {
        rt_hello h;
        const char *model = jgets(m, "model");
        h.fw_major = (uint8_t)field(m, "fw_major", 0, 255, &ok);
        h.fw_minor = (uint8_t)field(m, "fw_minor", 0, 255, &ok);
        h.fw_patch = (uint8_t)field(m, "fw_patch", 0, 255, &ok);
        h.device_id = (uint32_t)field(m, "device_id", 0, 0xFFFFFFFFLL, &ok);
        h.sample_rate_hz = (uint16_t)field(m, "sample_rate_hz", 0, 65535, &ok);
        h.accel_full_scale_g = (uint8_t)field(m, "accel_full_scale_g", 0, 255, &ok);
        h.accel_lsb_per_g = (uint16_t)field(m, "accel_lsb_per_g", 0, 65535, &ok);
        h.gyro_full_scale_dps = (uint16_t)field(m, "gyro_full_scale_dps", 0, 65535, &ok);
        h.gyro_lsb_per_dps_x100 = (uint16_t)field(m, "gyro_lsb_per_dps_x100", 0, 65535, &ok);
        h.placement = (uint8_t)field(m, "placement", 0, 255, &ok);
        if (model == NULL || strlen(model) > 255) {
            fail("hello without model");
            return 0;
        }
        h.model = model;
        h.model_len = (uint8_t)strlen(model);
        if (ok) {
            len = rt_msg_hello(out, cap, &h);
        }
    } else if (strcmp(type, "sample_batch") == 0) {
        int16_t samples[RT_MAX_BATCH_SAMPLES * 6];
        const jnode *list = jget(m, "samples");
        uint32_t seq = (uint32_t)field(m, "seq", 0, 0xFFFFFFFFLL, &ok);
        uint32_t t_us = (uint32_t)field(m, "t_us", 0, 0xFFFFFFFFLL, &ok);
        uint8_t axes = (uint8_t)field(m, "axes", 0, 255, &ok);
        size_t i, k;
        if (list == NULL || list->type != J_ARR || list->n > RT_MAX_BATCH_SAMPLES ||
            (axes != 3 && axes != 6)) {
            fail("bad samples list");
            return 0;
        }
        for (i = 0; i < list->n; i++) {
            const jnode *s = list->items[i];
            if (s->type != J_ARR || s->n != axes) {
                fail("sample %u has the wrong number of axes", (unsigned)i);
                return 0;
            }
            for (k = 0; k < axes; k++) {
                const jnode *v = s->items[k];
                if (v->type != J_NUM || !v->is_int || v->inum < -32768 || v->inum > 32767) {
                    fail("sample value out of int16 range");
                    return 0;
                }
                samples[i * axes + k] = (int16_t)v->inum;
            }
        }
        if (ok) {
            len = rt_msg_sample_batch(out, cap, seq, t_us, (uint8_t)list->n, axes, samples);
        }
    } else if (strcmp(type, "status") == 0) {
        uint32_t t_us = (uint32_t)field(m, "t_us", 0, 0xFFFFFFFFLL, &ok);
        uint16_t mv = (uint16_t)field(m, "battery_mv", 0, 65535, &ok);
        uint8_t flags = (uint8_t)field(m, "flags", 0, 255, &ok);
        uint32_t dropped = (uint32_t)field(m, "dropped_total", 0, 0xFFFFFFFFLL, &ok);
        if (ok) {
            len = rt_msg_status(out, cap, t_us, mv, flags, dropped);
        }
    } else if (strcmp(type, "event") == 0) {
        uint32_t t_us = (uint32_t)field(m, "t_us", 0, 0xFFFFFFFFLL, &ok);
        uint8_t kind = (uint8_t)field(m, "kind", 0, 255, &ok);
        uint8_t arg = (uint8_t)field(m, "arg", 0, 255, &ok);
        if (ok) {
            len = rt_msg_event(out, cap, t_us, kind, arg);
        }
    } else if (strcmp(type, "ack") == 0) {
        uint8_t command = (uint8_t)field(m, "command", 0, 255, &ok);
        uint8_t result = (uint8_t)field(m, "result", 0, 255, &ok);
        uint32_t token = (uint32_t)field(m, "token", 0, 0xFFFFFFFFLL, &ok);
        if (ok) {
            len = rt_msg_ack(out, cap, command, result, token);
        }
    } else if (strcmp(type, "raw_message") == 0) {
        uint8_t version = (uint8_t)field(m, "version", 0, 255, &ok);
        uint8_t msg_type = (uint8_t)field(m, "msg_type", 0, 255, &ok);
        const char *body_hex = jgets(m, "body_hex");
        uint8_t *body = NULL;
        long n = body_hex ? unhex(body_hex, &body) : -1;
        if (n < 0) {
            fail("bad body_hex");
            return 0;
        }
        if (ok) {
            len = rt_msg_raw(out, cap, version, msg_type, body, (size_t)n);
        }
        free(body);
    } else {
        int t = cmd_type_by_name(type);
        rt_cmd c;
        if (t < 0) {
            fail("unknown message type '%s'", type);
            return 0;
        }
        memset(&c, 0, sizeof c);
        c.type = (uint8_t)t;
        if (t == RT_CMD_SET_RATE) {
            c.rate_hz = (uint16_t)field(m, "rate_hz", 0, 65535, &ok);
        } else if (t == RT_CMD_IDENTIFY) {
            c.seconds = (uint8_t)field(m, "seconds", 0, 255, &ok);
        } else if (t == RT_CMD_PING) {
            c.token = (uint32_t)field(m, "token", 0, 0xFFFFFFFFLL, &ok);
        }
        if (ok) {
            len = rt_msg_command(out, cap, &c);
        }
        if (cmd_out != NULL) {
            *cmd_out = c;
        }
    }
    if (ok && len == 0) {
        fail("the C builder refused a '%s' message", type);
    }
    return ok ? len : 0;
}

/* ------------------------------------------------------------------------------------------
 * Device-side decoding of host_to_device cases
 * ---------------------------------------------------------------------------------------- */

typedef struct {
    int result; /* RT_FEED_* */
    rt_cmd cmd;
} decoded;

static int cmd_equal(const rt_cmd *a, const rt_cmd *b)
{
    return a->type == b->type && a->rate_hz == b->rate_hz && a->seconds == b->seconds &&
           a->token == b->token;
}

/* what a device must report for one frame piece (README rules); 0 = nothing */
static int expected_for_piece(const jnode *msg, decoded *want)
{
    const char *type = jgets(msg, "type");
    memset(want, 0, sizeof *want);
    if (type == NULL) {
        return 0;
    }
    if (strcmp(type, "raw_message") == 0) {
        int ok = 1;
        long long version = field(msg, "version", 0, 255, &ok);
        long long t = field(msg, "msg_type", 0, 255, &ok);
        const char *body_hex = jgets(msg, "body_hex");
        size_t body_len = body_hex ? strlen(body_hex) / 2 : 0;
        uint8_t *body = NULL;
        size_t need;
        if (!ok || version != 1 || (t & 0x80) == 0) {
            return 0;
        }
        want->cmd.type = (uint8_t)t;
        switch (t) {
        case RT_CMD_START_STREAM: case RT_CMD_STOP_STREAM: case RT_CMD_GET_HELLO: need = 0; break;
        case RT_CMD_SET_RATE: need = 2; break;
        case RT_CMD_IDENTIFY: need = 1; break;
        case RT_CMD_PING: need = 4; break;
        default:
            want->result = RT_FEED_UNSUPPORTED;
            return 1;
        }
        if (body_len < need) {
            want->result = RT_FEED_BAD_ARGUMENT;
            return 1;
        }
        if (unhex(body_hex, &body) < 0) {
            return 0;
        }
        if (t == RT_CMD_SET_RATE) {
            want->cmd.rate_hz = (uint16_t)(body[0] | body[1] << 8);
        } else if (t == RT_CMD_IDENTIFY) {
            want->cmd.seconds = body[0];
        } else if (t == RT_CMD_PING) {
            want->cmd.token = (uint32_t)body[0] | (uint32_t)body[1] << 8 |
                              (uint32_t)body[2] << 16 | (uint32_t)body[3] << 24;
        }
        free(body);
        want->result = RT_FEED_COMMAND;
        return 1;
    }
    if (cmd_type_by_name(type) >= 0) {
        uint8_t scratch[RT_MAX_MESSAGE];
        build_message(msg, scratch, sizeof scratch, &want->cmd);
        want->result = RT_FEED_COMMAND;
        return 1;
    }
    return 0;
}

static void check_commands(const jnode *pieces, const uint8_t *stream, size_t stream_len)
{
    rt_cmd_decoder dec;
    decoded got[256];
    size_t ngot = 0, i, nwant = 0;
    rt_cmd_decoder_init(&dec);
    for (i = 0; i < stream_len; i++) {
        rt_cmd c;
        int r;
        memset(&c, 0xA5, sizeof c);
        r = rt_cmd_decoder_feed(&dec, stream[i], &c);
        if (dec.len > sizeof dec.buf) {
            fail("decoder length beyond its buffer");
        }
        if (r != RT_FEED_NONE) {
            if (ngot < sizeof got / sizeof got[0]) {
                got[ngot].result = r;
                got[ngot].cmd = c;
            }
            ngot++;
        }
    }
    for (i = 0; i < pieces->n; i++) {
        const jnode *p = pieces->items[i];
        const char *kind = jgets(p, "kind");
        decoded want;
        if (kind == NULL || strcmp(kind, "frame") != 0) {
            continue;
        }
        if (!expected_for_piece(jget(p, "message"), &want)) {
            continue;
        }
        if (nwant >= ngot) {
            fail("command decoder reported %u results, expected more", (unsigned)ngot);
            return;
        }
        if (got[nwant].result != want.result) {
            fail("piece %u: decoder result %d, expected %d", (unsigned)i, got[nwant].result,
                 want.result);
        } else if (want.result == RT_FEED_COMMAND && !cmd_equal(&got[nwant].cmd, &want.cmd)) {
            fail("piece %u: decoded command fields differ", (unsigned)i);
        } else if (want.result != RT_FEED_COMMAND && got[nwant].cmd.type != want.cmd.type) {
            fail("piece %u: reported type 0x%02x, expected 0x%02x", (unsigned)i,
                 got[nwant].cmd.type, want.cmd.type);
        }
        g_commands_checked++;
        nwant++;
    }
    if (nwant != ngot) {
        fail("command decoder reported %u results, expected %u", (unsigned)ngot,
             (unsigned)nwant);
    }
}

/* ------------------------------------------------------------------------------------------
 * One vector file
 * ---------------------------------------------------------------------------------------- */

static void run_case(const char *dir, const char *name)
{
    char path[4096];
    const char *err;
    jnode *root;
    const jnode *pieces;
    const char *direction, *stream_hex, *file_name;
    uint8_t *stream = NULL, *concat = NULL;
    long stream_len;
    size_t concat_len = 0, concat_cap = 0, i;

    begin(name);
    snprintf(path, sizeof path, "%s/%s.json", dir, name);
    root = jparse_file(path, &err);
    if (root == NULL) {
        fail("%s: %s", path, err ? err : "parse error");
        end();
        return;
    }
    file_name = jgets(root, "name");
    direction = jgets(root, "direction");
    stream_hex = jgets(root, "stream_hex");
    pieces = jget(root, "pieces");
    if (file_name == NULL || strcmp(file_name, name) != 0) {
        fail("'name' does not match the file name");
    }
    if (direction == NULL || stream_hex == NULL || pieces == NULL || pieces->type != J_ARR ||
        jgets(root, "mode") == NULL) {
        fail("missing direction, mode, stream_hex or pieces");
        jfree(root);
        end();
        return;
    }
    if (strcmp(direction, "device_to_host") == 0) {
        if (jget(root, "expected") == NULL) {
            fail("device_to_host case without expected");
        }
    } else if (strcmp(direction, "host_to_device") != 0) {
        fail("bad direction '%s'", direction);
    }

    for (i = 0; i < pieces->n; i++) {
        const jnode *p = pieces->items[i];
        const char *kind = jgets(p, "kind");
        const char *hex = jgets(p, "hex");
        uint8_t *bytes = NULL;
        long n = hex ? unhex(hex, &bytes) : -1;
        if (kind == NULL || n < 0) {
            fail("piece %u: bad kind or hex", (unsigned)i);
            free(bytes);
            continue;
        }
        if (strcmp(kind, "frame") == 0) {
            uint8_t msg[RT_MAX_MESSAGE];
            uint8_t wire[RT_MAX_WIRE];
            uint8_t dec[RT_MAX_WIRE];
            size_t mlen = build_message(jget(p, "message"), msg, sizeof msg, NULL);
            size_t wlen = mlen ? rt_frame_encode(msg, mlen, wire, sizeof wire) : 0;
            if (mlen == 0 || wlen == 0) {
                fail("piece %u: could not encode", (unsigned)i);
            } else if (wlen != (size_t)n || memcmp(wire, bytes, wlen) != 0) {
                fail("piece %u: encoded bytes differ from the vector (%u vs %ld bytes)",
                     (unsigned)i, (unsigned)wlen, n);
            } else {
                /* the other direction: decode the vector's frame */
                int32_t d = rt_cobs_decode(bytes, (size_t)n - 1, dec, sizeof dec);
                if (d != (int32_t)(mlen + 2) || memcmp(dec, msg, mlen) != 0 ||
                    rt_crc16(dec, mlen) != (uint16_t)(dec[mlen] | dec[mlen + 1] << 8)) {
                    fail("piece %u: rt_cobs_decode does not give message + CRC", (unsigned)i);
                }
                g_frames_checked++;
            }
        } else if (strcmp(kind, "raw") != 0) {
            fail("piece %u: unknown kind '%s'", (unsigned)i, kind);
        }
        if (concat_len + (size_t)n > concat_cap) {
            concat_cap = (concat_len + (size_t)n) * 2 + 64;
            concat = (uint8_t *)realloc(concat, concat_cap);
            if (concat == NULL) {
                fprintf(stderr, "out of memory\n");
                exit(2);
            }
        }
        if (n > 0) {
            memcpy(concat + concat_len, bytes, (size_t)n);
        }
        concat_len += (size_t)n;
        free(bytes);
    }

    stream_len = unhex(stream_hex, &stream);
    if (stream_len < 0) {
        fail("bad stream_hex");
    } else if ((size_t)stream_len != concat_len ||
               (concat_len > 0 && memcmp(stream, concat, concat_len) != 0)) {
        fail("stream_hex is not the concatenation of the pieces");
    } else if (strcmp(direction, "host_to_device") == 0) {
        check_commands(pieces, stream, (size_t)stream_len);
    }
    free(stream);
    free(concat);
    jfree(root);
    end();
}

/* ------------------------------------------------------------------------------------------
 * Unit checks
 * ---------------------------------------------------------------------------------------- */

static uint32_t rng_state = 0x12345678u;
static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static void unit_crc(void)
{
    const uint8_t check[] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    begin("crc16-check-value");
    if (rt_crc16(check, sizeof check) != 0x29B1u) {
        fail("CRC of \"123456789\" is 0x%04X, expected 0x29B1", rt_crc16(check, sizeof check));
    }
    if (rt_crc16_update(rt_crc16(check, 4), check + 4, 5) != 0x29B1u) {
        fail("incremental CRC differs");
    }
    if (rt_crc16(NULL, 0) != 0xFFFFu) {
        fail("CRC of nothing is not the initial value");
    }
    end();
}

static void unit_cobs(void)
{
    uint8_t in[1100], enc[1200], dec[1200];
    size_t len, n, i;
    int round;
    begin("cobs-corner-cases");
    /* empty input */
    if (rt_cobs_encode(in, 0, enc, sizeof enc) != 1 || enc[0] != 1) {
        fail("empty input must encode as 01");
    }
    /* 254 non-zero bytes: one 255-code block, no extra block */
    for (i = 0; i < 254; i++) {
        in[i] = (uint8_t)(i + 1);
    }
    n = rt_cobs_encode(in, 254, enc, sizeof enc);
    if (n != 255 || enc[0] != 0xFF) {
        fail("254 non-zero bytes must encode as ff + 254 bytes (got %u bytes)", (unsigned)n);
    }
    /* 255 non-zero bytes: ff block, then 02 xx */
    in[254] = 0xFF;
    n = rt_cobs_encode(in, 255, enc, sizeof enc);
    if (n != 257 || enc[0] != 0xFF || enc[255] != 0x02 || enc[256] != 0xFF) {
        fail("255 non-zero bytes must encode as ff..., 02 ff");
    }
    /* 254 non-zero then a zero: ff block, 01, 01 */
    in[254] = 0x00;
    n = rt_cobs_encode(in, 255, enc, sizeof enc);
    if (n != 257 || enc[255] != 0x01 || enc[256] != 0x01) {
        fail("254 non-zero + zero must end with 01 01");
    }
    /* exact capacity and one less */
    n = rt_cobs_encode(in, 254, enc, 255);
    if (n != 255) {
        fail("exact capacity rejected");
    }
    if (rt_cobs_encode(in, 254, enc, 254) != 0) {
        fail("too small output accepted");
    }
    /* invalid input for the decoder */
    {
        const uint8_t bad1[] = {0x05, 0x01, 0x02};
        const uint8_t bad2[] = {0x02, 0x00, 0x01};
        if (rt_cobs_decode(bad1, sizeof bad1, dec, sizeof dec) != -1 ||
            rt_cobs_decode(bad2, sizeof bad2, dec, sizeof dec) != -1 ||
            rt_cobs_decode(bad1, 0, dec, sizeof dec) != -1) {
            fail("invalid COBS accepted");
        }
    }
    /* random round trips, every encoded length within the bound, every capacity tight */
    for (round = 0; round < 3000; round++) {
        size_t cap;
        int32_t d;
        len = rng() % 1100;
        for (i = 0; i < len; i++) {
            uint32_t r = rng();
            in[i] = (uint8_t)((r & 0x300u) == 0 ? 0 : (r & 0xFFu)); /* many zeros */
            if (round % 3 == 0 && in[i] == 0) {
                in[i] = 0x33; /* long non-zero runs */
            }
        }
        n = rt_cobs_encode(in, len, enc, sizeof enc);
        if (n == 0 || n > RT_COBS_MAX_ENCODED(len) || memchr(enc, 0, n) != NULL) {
            fail("random encode failed (len %u)", (unsigned)len);
            break;
        }
        cap = n - 1;
        if (rt_cobs_encode(in, len, enc + 600, 0) != 0 ||
            (cap > 0 && rt_cobs_encode(in, len, dec, cap) != 0)) {
            fail("encode accepted a too small buffer");
            break;
        }
        d = rt_cobs_decode(enc, n, dec, sizeof dec);
        if (d != (int32_t)len || (len > 0 && memcmp(dec, in, len) != 0)) {
            fail("random round trip failed (len %u)", (unsigned)len);
            break;
        }
        if (len > 0 && rt_cobs_decode(enc, n, dec, len - 1) != -1) {
            fail("decode accepted a too small buffer");
            break;
        }
        /* in place */
        d = rt_cobs_decode(enc, n, enc, n);
        if (d != (int32_t)len || (len > 0 && memcmp(enc, in, len) != 0)) {
            fail("in-place decode failed (len %u)", (unsigned)len);
            break;
        }
    }
    end();
}

static void unit_frame_limits(void)
{
    uint8_t msg[RT_MAX_MESSAGE + 1], wire[RT_MAX_WIRE + 8];
    size_t i, n;
    begin("frame-limits");
    for (i = 0; i < sizeof msg; i++) {
        msg[i] = (uint8_t)(1 + i % 200);
    }
    /* the largest message with no zero byte fits RT_MAX_WIRE exactly when CRC has none */
    n = rt_frame_encode(msg, RT_MAX_MESSAGE, wire, sizeof wire);
    if (n == 0 || n > RT_MAX_WIRE || wire[n - 1] != 0 || memchr(wire, 0, n - 1) != NULL) {
        fail("largest message does not frame within RT_MAX_WIRE");
    }
    if (rt_frame_encode(msg, RT_MAX_MESSAGE + 1, wire, sizeof wire) != 0 ||
        rt_frame_encode(msg, 1, wire, sizeof wire) != 0) {
        fail("message length limits not enforced");
    }
    if (rt_frame_encode(msg, 100, wire, n > 0 ? 102 : 0) != 0) {
        fail("too small frame buffer accepted");
    }
    {
        int16_t s[6] = {0};
        rt_hello h;
        memset(&h, 0, sizeof h);
        h.sample_rate_hz = 100;
        h.accel_lsb_per_g = 16384;
        h.gyro_full_scale_dps = 2000; /* but no LSB: invalid */
        if (rt_msg_hello(msg, sizeof msg, &h) != 0) {
            fail("invalid HELLO accepted");
        }
        h.gyro_full_scale_dps = 0;
        if (rt_msg_hello(msg, sizeof msg, &h) != 20 || rt_msg_hello(msg, 19, &h) != 0) {
            fail("HELLO size or capacity check wrong");
        }
        if (rt_msg_sample_batch(msg, sizeof msg, 0, 0, 0, 3, s) != 0 ||
            rt_msg_sample_batch(msg, sizeof msg, 0, 0, 41, 3, s) != 0 ||
            rt_msg_sample_batch(msg, sizeof msg, 0, 0, 1, 4, s) != 0 ||
            rt_msg_sample_batch(msg, 23, 0, 0, 1, 6, s) != 0 ||
            rt_msg_sample_batch(msg, 24, 0, 0, 1, 6, s) != 24) {
            fail("SAMPLE_BATCH argument or capacity checks wrong");
        }
        if (rt_msg_status(msg, 12, 0, 0, 0, 0) != 0 || rt_msg_event(msg, 7, 0, 1, 0) != 0 ||
            rt_msg_ack(msg, 7, 0x85, 0, 1) != 0) {
            fail("small buffers accepted");
        }
    }
    end();
}

static void unit_decoder_robustness(void)
{
    rt_cmd_decoder dec;
    uint8_t msg[16], wire[32];
    rt_cmd c, got;
    size_t n, i;
    long k;
    int r = RT_FEED_NONE;
    begin("cmd-decoder-robustness");
    rt_cmd_decoder_init(&dec);
    /* 200000 random bytes (with and without zeros): must never overflow */
    for (k = 0; k < 200000; k++) {
        uint32_t x = rng();
        uint8_t b = (uint8_t)((k / 5000) % 2 ? (x & 0xFF) : ((x & 0xFF) | 1));
        (void)rt_cmd_decoder_feed(&dec, b, &got);
        if (dec.len > sizeof dec.buf) {
            fail("decoder buffer overflow");
            break;
        }
    }
    /* then a valid PING after a long run without delimiter is still received (after the
       delimiter that ends the garbage) */
    for (k = 0; k < 1000; k++) {
        (void)rt_cmd_decoder_feed(&dec, 0x42, &got);
    }
    memset(&c, 0, sizeof c);
    c.type = RT_CMD_PING;
    c.token = 0xCAFEBABEu;
    n = rt_msg_command(msg, sizeof msg, &c);
    n = rt_frame_encode(msg, n, wire, sizeof wire);
    (void)rt_cmd_decoder_feed(&dec, 0x00, &got);
    for (i = 0; i < n; i++) {
        r = rt_cmd_decoder_feed(&dec, wire[i], &got);
        if (r != RT_FEED_NONE && i + 1 < n) {
            fail("result before the delimiter");
        }
    }
    if (r != RT_FEED_COMMAND || got.type != RT_CMD_PING || got.token != 0xCAFEBABEu) {
        fail("PING after garbage not decoded");
    }
    if (dec.oversize == 0 || dec.crc_errors == 0) {
        fail("counters did not count the garbage");
    }
    end();
}

/* ------------------------------------------------------------------------------------------ */

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../vectors";
    char path[4096];
    const char *err;
    jnode *index;
    const jnode *cases;
    size_t i;

    unit_crc();
    unit_cobs();
    unit_frame_limits();
    unit_decoder_robustness();

    snprintf(path, sizeof path, "%s/index.json", dir);
    index = jparse_file(path, &err);
    cases = jget(index, "cases");
    begin("index.json");
    if (index == NULL || cases == NULL || cases->type != J_ARR || cases->n == 0) {
        fail("%s: %s", path, err ? err : "no \"cases\" list");
    }
    end();
    if (cases != NULL && cases->type == J_ARR) {
        for (i = 0; i < cases->n; i++) {
            if (cases->items[i]->type != J_STR) {
                begin("index.json");
                fail("case name is not a string");
                end();
                continue;
            }
            run_case(dir, cases->items[i]->str);
        }
    }
    printf("%ld frames re-encoded byte for byte, %ld host commands decoded, %u vector files\n",
           g_frames_checked, g_commands_checked,
           (unsigned)(cases != NULL && cases->type == J_ARR ? cases->n : 0));
    printf("%d passed, %d failed\n", g_passed, g_failed);
    jfree(index);
    return g_failed == 0 ? 0 : 1;
}
