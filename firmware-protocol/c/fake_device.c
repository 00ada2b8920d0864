/*
 * fake_device.c - a POSIX program that behaves like a RepTempo sensor (../PROTOCOL.md).
 *
 *   fake_device [--port PATH | --stdout] [--rate HZ] [--batch N] [--gyro|--no-gyro]
 *               [--duration S] [--seq-start N] [--t-start-us N] [--text] [--autostart]
 *               [--hello-every S] [--write-log FILE]
 *
 * It streams a synthetic signal (gravity tilting ±30° about the x axis at 0.2 Hz, plus noise
 * and the matching gyro rate) in real time: batch deadlines are absolute CLOCK_MONOTONIC times
 * computed from the sample index, so pacing does not drift. See README.md for the options.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "reptempo_proto.h"

#define NS_PER_S 1000000000LL
#define OUTQ_SIZE 65536u     /* bytes of output buffered while the port applies back-pressure */
#define LOGQ_SIZE 4096u      /* batches awaiting their write-completion log line */
#define MAX_CATCH_UP_NS NS_PER_S /* further behind than this: skip (count as dropped) */

#define FW_MAJOR 0
#define FW_MINOR 1
#define FW_PATCH 0
#define DEVICE_ID 0xFA4EDE01u
#define MODEL "FAKE-IMU"
#define ACCEL_LSB_PER_G 16384
#define GYRO_LSB_PER_DPS_X100 1640

static volatile sig_atomic_t g_stop;

static void on_signal(int sig)
{
    (void)sig;
    g_stop = 1;
}

typedef struct {
    /* options */
    const char *port;
    int use_stdout;
    unsigned rate;
    unsigned batch;
    int gyro;
    double duration_s;
    uint32_t seq_start;
    long long t_start_us;
    int text;
    int autostart;
    double hello_every_s;
    const char *log_path;

    /* i/o */
    int in_fd;  /* -1: no input channel */
    int out_fd;
    int is_tty;
    FILE *log;

    /* output queue */
    uint8_t outq[OUTQ_SIZE];
    size_t q_start, q_end;
    unsigned long long bytes_queued;  /* total, for log bookkeeping */
    unsigned long long bytes_written; /* total */
    struct {
        unsigned long long end_offset;
        uint32_t seq;
        unsigned count;
    } logq[LOGQ_SIZE];
    size_t log_head, log_count;

    /* device state */
    long long start_ns;     /* CLOCK_MONOTONIC at start */
    int streaming;
    long long base_ns;      /* schedule origin of the current stream run */
    unsigned long long k_next; /* index (in the run) of the next sample to emit */
    uint32_t seq;           /* seq of the next sample */
    uint32_t dropped_total;
    long long next_status_ns;
    long long next_hello_ns;
    uint32_t rng;
    rt_cmd_decoder dec;

    /* statistics */
    unsigned long long batches_sent, samples_sent, batches_dropped;
    long long max_late_ns, sum_late_ns;
    unsigned long long late_count;
} device;

/* ------------------------------------------------------------------------------------------ */

static long long mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static long long real_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static void sleep_until(long long deadline_ns)
{
    struct timespec ts;
    ts.tv_sec = (time_t)(deadline_ns / NS_PER_S);
    ts.tv_nsec = (long)(deadline_ns % NS_PER_S);
    /* returns EINTR on a signal: the main loop re-checks g_stop */
    (void)clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
}

static void die_port_gone(device *d, const char *what, int err)
{
    fprintf(stderr, "fake_device: port disappeared (%s: %s), exiting\n", what, strerror(err));
    if (d->log != NULL) {
        fclose(d->log);
        d->log = NULL;
    }
    exit(3);
}

/* scheduled time of sample k of the current run */
static long long sample_ns(const device *d, unsigned long long k)
{
    return d->base_ns + (long long)((k * (unsigned long long)NS_PER_S) / d->rate);
}

/* device time in µs of a CLOCK_MONOTONIC instant (wraps at 2^32 on the wire) */
static unsigned long long device_us(const device *d, long long ns)
{
    return (unsigned long long)(d->t_start_us + (ns - d->start_ns) / 1000);
}

/* ------------------------------------------------------------------------------------------
 * Output queue with back-pressure
 * ---------------------------------------------------------------------------------------- */

static size_t queue_free(const device *d)
{
    return OUTQ_SIZE - (d->q_end - d->q_start);
}

static int queue_bytes(device *d, const uint8_t *p, size_t n)
{
    if (n > queue_free(d)) {
        return 0;
    }
    if (d->q_end + n > OUTQ_SIZE) {
        memmove(d->outq, d->outq + d->q_start, d->q_end - d->q_start);
        d->q_end -= d->q_start;
        d->q_start = 0;
    }
    memcpy(d->outq + d->q_end, p, n);
    d->q_end += n;
    d->bytes_queued += n;
    return 1;
}

static void log_completed(device *d)
{
    long long now = -1;
    while (d->log_count > 0 && d->logq[d->log_head].end_offset <= d->bytes_written) {
        if (now < 0) {
            now = real_ns(); /* taken right after the write() that completed the batch */
        }
        fprintf(d->log, "%lu %u %lld\n", (unsigned long)d->logq[d->log_head].seq,
                d->logq[d->log_head].count, now);
        d->log_head = (d->log_head + 1) % LOGQ_SIZE;
        d->log_count--;
    }
}

/* write as much as the port takes now */
static void flush_out(device *d)
{
    while (d->q_end > d->q_start) {
        ssize_t w = write(d->out_fd, d->outq + d->q_start, d->q_end - d->q_start);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                break;
            }
            die_port_gone(d, "write", errno);
        }
        d->q_start += (size_t)w;
        d->bytes_written += (unsigned long long)w;
        if (d->log != NULL) {
            log_completed(d);
        }
    }
    if (d->q_start == d->q_end) {
        d->q_start = d->q_end = 0;
    }
}

static int send_frame(device *d, const uint8_t *msg, size_t len)
{
    uint8_t wire[RT_MAX_WIRE];
    size_t n = rt_frame_encode(msg, len, wire, sizeof wire);
    if (n == 0) {
        fprintf(stderr, "fake_device: internal error: cannot frame a %u-byte message\n",
                (unsigned)len);
        exit(2);
    }
    return queue_bytes(d, wire, n);
}

/* ------------------------------------------------------------------------------------------
 * Messages
 * ---------------------------------------------------------------------------------------- */

static void send_hello(device *d)
{
    uint8_t msg[RT_MAX_MESSAGE];
    rt_hello h;
    size_t n;
    h.fw_major = FW_MAJOR;
    h.fw_minor = FW_MINOR;
    h.fw_patch = FW_PATCH;
    h.device_id = DEVICE_ID;
    h.sample_rate_hz = (uint16_t)d->rate;
    h.accel_full_scale_g = 2;
    h.accel_lsb_per_g = ACCEL_LSB_PER_G;
    h.gyro_full_scale_dps = (uint16_t)(d->gyro ? 2000 : 0);
    h.gyro_lsb_per_dps_x100 = (uint16_t)(d->gyro ? GYRO_LSB_PER_DPS_X100 : 0);
    h.placement = RT_PLACEMENT_LOWER_BACK;
    h.model = MODEL;
    h.model_len = (uint8_t)strlen(MODEL);
    n = rt_msg_hello(msg, sizeof msg, &h);
    (void)send_frame(d, msg, n);
}

static void send_ack(device *d, uint8_t command, uint8_t result, uint32_t token)
{
    uint8_t msg[RT_ACK_LEN];
    size_t n = rt_msg_ack(msg, sizeof msg, command, result, token);
    (void)send_frame(d, msg, n);
}

static void send_status(device *d, long long now)
{
    uint8_t msg[RT_STATUS_LEN];
    long long up_s = (now - d->start_ns) / NS_PER_S;
    uint16_t mv = (uint16_t)(4100 - (up_s / 60 > 400 ? 400 : up_s / 60)); /* slow discharge */
    size_t n = rt_msg_status(msg, sizeof msg, (uint32_t)device_us(d, now), mv,
                             RT_STATUS_EXTERNAL_POWER, d->dropped_total);
    (void)send_frame(d, msg, n);
}

static uint32_t xorshift(device *d)
{
    uint32_t x = d->rng;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    d->rng = x;
    return x;
}

static int noise(device *d, int amp)
{
    return (int)(xorshift(d) % (uint32_t)(2 * amp + 1)) - amp;
}

static int16_t clamp16(long v)
{
    return (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

/* raw counts of the synthetic signal at device time t (seconds since start) */
static void synth(device *d, double t, int16_t *out)
{
    const double pi = 3.14159265358979323846;
    const double amp = 30.0 * pi / 180.0, f = 0.2;
    double theta = amp * sin(2.0 * pi * f * t);
    double omega_dps = amp * 2.0 * pi * f * cos(2.0 * pi * f * t) * 180.0 / pi;
    out[0] = clamp16(noise(d, 40));
    out[1] = clamp16(lround(sin(theta) * ACCEL_LSB_PER_G) + noise(d, 40));
    out[2] = clamp16(lround(cos(theta) * ACCEL_LSB_PER_G) + noise(d, 40));
    out[3] = clamp16(lround(omega_dps * GYRO_LSB_PER_DPS_X100 / 100.0) + noise(d, 5));
    out[4] = clamp16(noise(d, 5));
    out[5] = clamp16(noise(d, 5));
}

static void log_batch(device *d, uint32_t seq, unsigned count)
{
    if (d->log == NULL) {
        return;
    }
    if (d->log_count == LOGQ_SIZE) {
        return; /* should not happen: the queue holds far fewer batches */
    }
    d->logq[(d->log_head + d->log_count) % LOGQ_SIZE].end_offset = d->bytes_queued;
    d->logq[(d->log_head + d->log_count) % LOGQ_SIZE].seq = seq;
    d->logq[(d->log_head + d->log_count) % LOGQ_SIZE].count = count;
    d->log_count++;
}

static unsigned checksum(const char *s, size_t n)
{
    unsigned x = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        x ^= (unsigned char)s[i];
    }
    return x;
}

/* build and queue the batch of samples k_next .. k_next+batch-1 */
static void emit_batch(device *d, long long now)
{
    int16_t samples[RT_MAX_BATCH_SAMPLES * 6];
    unsigned axes = d->gyro ? 6u : 3u;
    unsigned i;
    long long first_ns = sample_ns(d, d->k_next);
    long long deadline = sample_ns(d, d->k_next + d->batch - 1);
    uint32_t seq = d->seq;
    int ok;

    if (d->text) {
        char buf[RT_MAX_BATCH_SAMPLES * 96];
        size_t len = 0;
        for (i = 0; i < d->batch; i++) {
            long long ns = sample_ns(d, d->k_next + i);
            unsigned long long us = device_us(d, ns);
            unsigned long ms = (unsigned long)((us / 1000ULL) & 0xFFFFFFFFULL);
            unsigned frac = (unsigned)(us % 1000ULL);
            int16_t s[6];
            char line[96];
            int n;
            synth(d, (double)(ns - d->start_ns) / 1e9, s);
            if (frac != 0) {
                n = sprintf(line, "%lu.%03u", ms, frac);
            } else {
                n = sprintf(line, "%lu", ms);
            }
            n += sprintf(line + n, ",%.4f,%.4f,%.4f", s[0] / (double)ACCEL_LSB_PER_G,
                         s[1] / (double)ACCEL_LSB_PER_G, s[2] / (double)ACCEL_LSB_PER_G);
            if (d->gyro) {
                n += sprintf(line + n, ",%.2f,%.2f,%.2f",
                             s[3] * 100.0 / GYRO_LSB_PER_DPS_X100,
                             s[4] * 100.0 / GYRO_LSB_PER_DPS_X100,
                             s[5] * 100.0 / GYRO_LSB_PER_DPS_X100);
            }
            n += sprintf(line + n, "*%02X\n", checksum(line, (size_t)n));
            memcpy(buf + len, line, (size_t)n);
            len += (size_t)n;
        }
        ok = queue_bytes(d, (const uint8_t *)buf, len);
    } else {
        uint8_t msg[RT_MAX_MESSAGE];
        size_t n;
        for (i = 0; i < d->batch; i++) {
            int16_t s[6];
            synth(d, (double)(sample_ns(d, d->k_next + i) - d->start_ns) / 1e9, s);
            memcpy(samples + i * axes, s, axes * sizeof s[0]);
        }
        n = rt_msg_sample_batch(msg, sizeof msg, seq, (uint32_t)device_us(d, first_ns),
                                (uint8_t)d->batch, (uint8_t)axes, samples);
        ok = send_frame(d, msg, n);
    }
    if (ok) {
        long long late = now - deadline;
        log_batch(d, seq, d->batch);
        d->batches_sent++;
        d->samples_sent += d->batch;
        if (late > d->max_late_ns) {
            d->max_late_ns = late;
        }
        d->sum_late_ns += late;
        d->late_count++;
    } else {
        /* the port does not drain: the device drops the batch, seq still advances */
        d->batches_dropped++;
        d->dropped_total += d->batch;
    }
    d->seq += d->batch;
    d->k_next += d->batch;
}

static void start_stream(device *d, long long now)
{
    d->streaming = 1;
    d->base_ns = now;
    d->k_next = 0;
}

/* ------------------------------------------------------------------------------------------
 * Commands
 * ---------------------------------------------------------------------------------------- */

static void handle_command(device *d, int result, const rt_cmd *c, long long now)
{
    if (result == RT_FEED_UNSUPPORTED) {
        send_ack(d, c->type, RT_ACK_UNSUPPORTED, 0);
        return;
    }
    if (result == RT_FEED_BAD_ARGUMENT) {
        send_ack(d, c->type, RT_ACK_BAD_ARGUMENT, 0);
        return;
    }
    switch (c->type) {
    case RT_CMD_START_STREAM:
        send_ack(d, c->type, RT_ACK_OK, 0);
        send_hello(d);
        if (!d->streaming) {
            start_stream(d, now);
        }
        fprintf(stderr, "fake_device: START_STREAM\n");
        break;
    case RT_CMD_STOP_STREAM:
        send_ack(d, c->type, RT_ACK_OK, 0);
        d->streaming = 0;
        fprintf(stderr, "fake_device: STOP_STREAM\n");
        break;
    case RT_CMD_SET_RATE:
        if (c->rate_hz < 1 || c->rate_hz > 4000) {
            send_ack(d, c->type, RT_ACK_BAD_ARGUMENT, 0);
            break;
        }
        send_ack(d, c->type, RT_ACK_OK, 0);
        d->rate = c->rate_hz;
        if (d->streaming) {
            start_stream(d, now); /* re-base the schedule; seq continues */
        }
        send_hello(d);
        fprintf(stderr, "fake_device: SET_RATE %u Hz\n", (unsigned)c->rate_hz);
        break;
    case RT_CMD_IDENTIFY:
        send_ack(d, c->type, RT_ACK_OK, 0);
        fprintf(stderr, "fake_device: IDENTIFY: blinking the LED for %u s\n",
                (unsigned)c->seconds);
        break;
    case RT_CMD_PING:
        send_ack(d, c->type, RT_ACK_OK, c->token);
        break;
    case RT_CMD_GET_HELLO:
        send_ack(d, c->type, RT_ACK_OK, 0);
        send_hello(d);
        break;
    default:
        send_ack(d, c->type, RT_ACK_UNSUPPORTED, 0);
        break;
    }
}

static void read_input(device *d, long long now)
{
    uint8_t buf[256];
    for (;;) {
        ssize_t n = read(d->in_fd, buf, sizeof buf);
        ssize_t i;
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                return;
            }
            die_port_gone(d, "read", errno);
        }
        if (n == 0) {
            if (d->is_tty && !d->use_stdout) {
                die_port_gone(d, "read", EIO);
            }
            d->in_fd = -1; /* end of input: no input channel any more */
            return;
        }
        if (d->text) {
            continue; /* a text-mode board does not listen */
        }
        for (i = 0; i < n; i++) {
            rt_cmd c;
            int r = rt_cmd_decoder_feed(&d->dec, buf[i], &c);
            if (r != RT_FEED_NONE) {
                handle_command(d, r, &c, now);
            }
        }
    }
}

/* ------------------------------------------------------------------------------------------
 * Setup
 * ---------------------------------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr,
            "usage: fake_device [--port PATH | --stdout] [--rate HZ] [--batch N]\n"
            "                   [--gyro|--no-gyro] [--duration S] [--seq-start N]\n"
            "                   [--t-start-us N] [--text] [--autostart] [--hello-every S]\n"
            "                   [--write-log FILE]\n");
    exit(2);
}

static unsigned long long parse_uint(const char *s, unsigned long long max, const char *opt)
{
    char *end;
    unsigned long long v;
    errno = 0;
    v = strtoull(s, &end, 0);
    if (errno != 0 || *end != '\0' || s[0] == '-' || v > max) {
        fprintf(stderr, "fake_device: bad value for %s: %s\n", opt, s);
        exit(2);
    }
    return v;
}

static double parse_seconds(const char *s, const char *opt)
{
    char *end;
    double v = strtod(s, &end);
    if (*end != '\0' || !(v >= 0.0) || v > 1e9) {
        fprintf(stderr, "fake_device: bad value for %s: %s\n", opt, s);
        exit(2);
    }
    return v;
}

static void set_nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0) {
        (void)fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    }
}

static void make_raw(int fd, int text)
{
    struct termios t;
    if (tcgetattr(fd, &t) != 0) {
        perror("fake_device: tcgetattr");
        exit(1);
    }
    t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON |
                             IXOFF);
    t.c_oflag &= ~(tcflag_t)OPOST;
    t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB | CSTOPB);
    t.c_cflag |= (tcflag_t)(CS8 | CREAD | CLOCAL);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
#ifdef B921600
    if (!text) {
        (void)cfsetispeed(&t, B921600);
        (void)cfsetospeed(&t, B921600);
    } else
#endif
    {
        (void)cfsetispeed(&t, B115200);
        (void)cfsetospeed(&t, B115200);
    }
    (void)text;
    if (tcsetattr(fd, TCSANOW, &t) != 0) {
        perror("fake_device: tcsetattr");
        exit(1);
    }
}

int main(int argc, char **argv)
{
    static device dev; /* large (output queue): not on the stack */
    device *d = &dev;
    struct sigaction sa;
    long long end_ns = 0;
    int i;

    d->rate = 100;
    d->batch = 10;
    d->gyro = 1;
    d->in_fd = -1;
    d->out_fd = -1;
    d->rng = 0x2545F491u;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--port") == 0 && v) {
            d->port = v;
            i++;
        } else if (strcmp(a, "--stdout") == 0) {
            d->use_stdout = 1;
        } else if (strcmp(a, "--rate") == 0 && v) {
            d->rate = (unsigned)parse_uint(v, 4000, a);
            i++;
        } else if (strcmp(a, "--batch") == 0 && v) {
            d->batch = (unsigned)parse_uint(v, RT_MAX_BATCH_SAMPLES, a);
            i++;
        } else if (strcmp(a, "--gyro") == 0) {
            d->gyro = 1;
        } else if (strcmp(a, "--no-gyro") == 0) {
            d->gyro = 0;
        } else if (strcmp(a, "--duration") == 0 && v) {
            d->duration_s = parse_seconds(v, a);
            i++;
        } else if (strcmp(a, "--seq-start") == 0 && v) {
            d->seq_start = (uint32_t)parse_uint(v, 0xFFFFFFFFULL, a);
            i++;
        } else if (strcmp(a, "--t-start-us") == 0 && v) {
            d->t_start_us = (long long)parse_uint(v, 0xFFFFFFFFULL * 1000ULL, a);
            i++;
        } else if (strcmp(a, "--text") == 0) {
            d->text = 1;
        } else if (strcmp(a, "--autostart") == 0) {
            d->autostart = 1;
        } else if (strcmp(a, "--hello-every") == 0 && v) {
            d->hello_every_s = parse_seconds(v, a);
            i++;
        } else if (strcmp(a, "--write-log") == 0 && v) {
            d->log_path = v;
            i++;
        } else {
            usage();
        }
    }
    if (d->rate < 1 || d->batch < 1 || (d->port == NULL) == (d->use_stdout == 0)) {
        if (d->port == NULL && !d->use_stdout) {
            fprintf(stderr, "fake_device: give --port PATH or --stdout\n");
        }
        usage();
    }

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: poll/clock_nanosleep return on a signal */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);

    if (d->use_stdout) {
        d->out_fd = STDOUT_FILENO;
        d->in_fd = STDIN_FILENO;
        if (isatty(STDOUT_FILENO)) {
            fprintf(stderr, "fake_device: refusing to write binary frames to a terminal\n");
            if (!d->text) {
                return 2;
            }
        }
        set_nonblock(STDOUT_FILENO);
        if (isatty(STDIN_FILENO)) {
            d->in_fd = -1; /* do not steal the user's terminal */
        } else {
            set_nonblock(STDIN_FILENO);
        }
    } else {
        int fd = open(d->port, O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            fprintf(stderr, "fake_device: cannot open %s: %s\n", d->port, strerror(errno));
            return 1;
        }
        d->is_tty = isatty(fd);
        if (d->is_tty) {
            make_raw(fd, d->text);
        }
        d->in_fd = fd;
        d->out_fd = fd;
    }
    if (d->log_path != NULL) {
        d->log = fopen(d->log_path, "w");
        if (d->log == NULL) {
            fprintf(stderr, "fake_device: cannot write %s: %s\n", d->log_path, strerror(errno));
            return 1;
        }
        setvbuf(d->log, NULL, _IOFBF, 1 << 20);
    }
    rt_cmd_decoder_init(&d->dec);

    d->start_ns = mono_ns();
    d->seq = d->seq_start;
    d->next_status_ns = d->start_ns + NS_PER_S;
    d->next_hello_ns = d->hello_every_s > 0
                           ? d->start_ns + (long long)(d->hello_every_s * NS_PER_S)
                           : 0;
    if (d->duration_s > 0) {
        end_ns = d->start_ns + (long long)(d->duration_s * NS_PER_S);
    }

    if (d->text) {
        char hdr[256];
        int n = sprintf(hdr,
                        "#reptempo v=1 rate=%u accel=g gyro=%s model=%s placement=lower-back\n"
                        "t_ms,ax,ay,az%s\n",
                        d->rate, d->gyro ? "dps" : "none", MODEL, d->gyro ? ",gx,gy,gz" : "");
        (void)queue_bytes(d, (const uint8_t *)hdr, (size_t)n);
        start_stream(d, d->start_ns); /* a text-mode board streams from power-up */
    } else {
        const uint8_t delim = 0x00;
        (void)queue_bytes(d, &delim, 1); /* end any line noise before the first frame */
        send_hello(d);                   /* power-up HELLO */
        if (d->autostart) {
            start_stream(d, d->start_ns);
        }
    }
    fprintf(stderr, "fake_device: %s mode, %u Hz, batches of %u, %s, %s\n",
            d->text ? "text" : "binary", d->rate, d->batch, d->gyro ? "6 axes" : "3 axes",
            d->streaming ? "streaming" : "waiting for START_STREAM");

    while (!g_stop) {
        long long now = mono_ns();
        long long next;
        struct pollfd fds[2];
        nfds_t nfds = 0;
        int timeout_ms;

        /* due batches (catch up if late; skip if hopelessly late) */
        while (d->streaming && sample_ns(d, d->k_next + d->batch - 1) <= now &&
               (end_ns == 0 || sample_ns(d, d->k_next + d->batch - 1) <= end_ns)) {
            if (now - sample_ns(d, d->k_next + d->batch - 1) > MAX_CATCH_UP_NS) {
                d->batches_dropped++;
                d->dropped_total += d->batch;
                d->seq += d->batch;
                d->k_next += d->batch;
                continue;
            }
            emit_batch(d, now);
        }
        if (!d->text && now >= d->next_status_ns) {
            send_status(d, now);
            d->next_status_ns += NS_PER_S;
            if (d->next_status_ns <= now) {
                d->next_status_ns = now + NS_PER_S;
            }
        }
        if (!d->text && d->next_hello_ns && now >= d->next_hello_ns) {
            send_hello(d);
            d->next_hello_ns += (long long)(d->hello_every_s * NS_PER_S);
        }
        flush_out(d);
        if (end_ns && now >= end_ns) {
            break;
        }

        /* next deadline */
        next = d->text ? now + NS_PER_S : d->next_status_ns;
        if (d->streaming && sample_ns(d, d->k_next + d->batch - 1) < next) {
            next = sample_ns(d, d->k_next + d->batch - 1);
        }
        if (d->next_hello_ns && d->next_hello_ns < next) {
            next = d->next_hello_ns;
        }
        if (end_ns && end_ns < next) {
            next = end_ns;
        }

        /* wait: poll for input/output room until ~1 ms before the deadline, then sleep to the
           exact absolute deadline */
        if (d->in_fd >= 0) {
            fds[nfds].fd = d->in_fd;
            fds[nfds].events = POLLIN;
            nfds++;
        }
        if (d->q_end > d->q_start) {
            if (nfds > 0 && d->in_fd == d->out_fd) {
                fds[0].events |= POLLOUT;
            } else {
                fds[nfds].fd = d->out_fd;
                fds[nfds].events = POLLOUT;
                nfds++;
            }
        }
        now = mono_ns();
        timeout_ms = next - now > 2000000LL ? (int)((next - now) / 1000000LL - 1) : 0;
        if (nfds > 0 && timeout_ms > 0) {
            int r = poll(fds, nfds, timeout_ms);
            if (r > 0) {
                nfds_t k;
                for (k = 0; k < nfds; k++) {
                    if (fds[k].fd == d->in_fd && (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) {
                        read_input(d, mono_ns());
                    } else if (fds[k].revents & (POLLHUP | POLLERR)) {
                        die_port_gone(d, "poll", EIO);
                    }
                }
                flush_out(d);
            }
            continue;
        }
        if (nfds > 0) {
            /* less than 2 ms to go: take pending input without waiting, then sleep */
            if (poll(fds, nfds, 0) > 0) {
                nfds_t k;
                for (k = 0; k < nfds; k++) {
                    if (fds[k].fd == d->in_fd && (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) {
                        read_input(d, mono_ns());
                    }
                }
            }
        }
        if (next > mono_ns()) {
            sleep_until(next);
        }
    }

    /* drain what is queued (briefly: the reader may be gone) */
    {
        long long give_up = mono_ns() + NS_PER_S / 2;
        while (d->q_end > d->q_start && mono_ns() < give_up) {
            struct pollfd p;
            flush_out(d);
            if (d->q_end == d->q_start) {
                break;
            }
            p.fd = d->out_fd;
            p.events = POLLOUT;
            p.revents = 0;
            (void)poll(&p, 1, 10);
        }
    }
    if (d->log != NULL) {
        fclose(d->log);
        d->log = NULL;
    }
    fprintf(stderr,
            "fake_device: %s; %llu batches (%llu samples) queued, %llu batches dropped, "
            "%llu bytes written, lateness avg %.3f ms max %.3f ms\n",
            g_stop ? "stopped by signal" : "done", d->batches_sent, d->samples_sent,
            d->batches_dropped, d->bytes_written,
            d->late_count ? (double)d->sum_late_ns / (double)d->late_count / 1e6 : 0.0,
            (double)d->max_late_ns / 1e6);
    if (!d->use_stdout && d->out_fd >= 0) {
        close(d->out_fd);
    }
    return 0;
}
