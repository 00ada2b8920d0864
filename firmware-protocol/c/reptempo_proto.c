/*
 * reptempo_proto.c - reference encoder for the RepTempo sensor wire protocol, version 1.
 * See reptempo_proto.h for the API and ../PROTOCOL.md for the protocol.
 */
#include "reptempo_proto.h"

/* ------------------------------------------------------------------------------------------
 * Little-endian writers (byte by byte: independent of the MCU's endianness)
 * ---------------------------------------------------------------------------------------- */

static void put_u16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v & 0xFFu);
    p[1] = (uint8_t)((v >> 8) & 0xFFu);
}

static void put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v & 0xFFu);
    p[1] = (uint8_t)((v >> 8) & 0xFFu);
    p[2] = (uint8_t)((v >> 16) & 0xFFu);
    p[3] = (uint8_t)((v >> 24) & 0xFFu);
}

static uint16_t get_u16(const uint8_t *p)
{
    return (uint16_t)((uint16_t)p[0] | (uint16_t)((uint16_t)p[1] << 8));
}

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

/* ------------------------------------------------------------------------------------------
 * CRC-16/CCITT-FALSE
 * ---------------------------------------------------------------------------------------- */

uint16_t rt_crc16_update(uint16_t crc, const uint8_t *data, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        int bit;
        crc = (uint16_t)(crc ^ (uint16_t)((uint16_t)data[i] << 8));
        for (bit = 0; bit < 8; bit++) {
            if (crc & 0x8000u) {
                crc = (uint16_t)((uint16_t)(crc << 1) ^ 0x1021u);
            } else {
                crc = (uint16_t)(crc << 1);
            }
        }
    }
    return crc;
}

uint16_t rt_crc16(const uint8_t *data, size_t len)
{
    return rt_crc16_update(0xFFFFu, data, len);
}

/* ------------------------------------------------------------------------------------------
 * COBS encoder, fed byte by byte so that the CRC can be streamed in after the message.
 * ---------------------------------------------------------------------------------------- */

typedef struct {
    uint8_t *out;
    size_t cap;
    size_t pos;      /* next write position */
    size_t code_pos; /* position of the current block's code byte */
    uint8_t code;    /* current block's code (1 + data bytes so far) */
    uint8_t full;    /* current block reached 254 data bytes and is closed */
    uint8_t error;   /* out too small */
} cobs_writer;

static void cw_init(cobs_writer *w, uint8_t *out, size_t cap)
{
    w->out = out;
    w->cap = cap;
    w->code_pos = 0;
    w->pos = 1;
    w->code = 1;
    w->full = 0;
    w->error = (uint8_t)(cap < 1u);
}

static void cw_open_block(cobs_writer *w)
{
    if (w->pos >= w->cap) {
        w->error = 1;
        return;
    }
    w->code_pos = w->pos++;
    w->code = 1;
}

static void cw_put(cobs_writer *w, uint8_t byte)
{
    if (w->error) {
        return;
    }
    if (w->full) {
        /* a 255-code block is followed by a new block only if more input follows */
        w->full = 0;
        cw_open_block(w);
        if (w->error) {
            return;
        }
    }
    if (byte == 0u) {
        w->out[w->code_pos] = w->code;
        cw_open_block(w);
    } else {
        if (w->pos >= w->cap) {
            w->error = 1;
            return;
        }
        w->out[w->pos++] = byte;
        w->code++;
        if (w->code == 0xFFu) {
            w->out[w->code_pos] = 0xFFu;
            w->full = 1;
        }
    }
}

static size_t cw_finish(cobs_writer *w)
{
    if (w->error) {
        return 0;
    }
    if (!w->full) {
        w->out[w->code_pos] = w->code;
    }
    return w->pos;
}

size_t rt_cobs_encode(const uint8_t *in, size_t len, uint8_t *out, size_t cap)
{
    cobs_writer w;
    size_t i;
    if (out == NULL || (in == NULL && len > 0u)) {
        return 0;
    }
    cw_init(&w, out, cap);
    for (i = 0; i < len && !w.error; i++) {
        cw_put(&w, in[i]);
    }
    return cw_finish(&w);
}

int32_t rt_cobs_decode(const uint8_t *in, size_t len, uint8_t *out, size_t cap)
{
    size_t i = 0;
    size_t o = 0;
    if (in == NULL || out == NULL || len == 0u || len > 0x7FFFFFFFu) {
        return -1;
    }
    while (i < len) {
        size_t code = in[i];
        size_t k;
        if (code == 0u || code > len - i) {
            return -1; /* a 0x00 inside, or the block runs past the end */
        }
        if (code - 1u > cap - o) {
            return -1;
        }
        /* forward copy: o <= i always holds, so decoding in place is safe */
        for (k = 1; k < code; k++) {
            uint8_t b = in[i + k];
            if (b == 0u) {
                return -1;
            }
            out[o++] = b;
        }
        i += code;
        if (i < len && code != 0xFFu) {
            if (o >= cap) {
                return -1;
            }
            out[o++] = 0;
        }
    }
    return (int32_t)o;
}

/* ------------------------------------------------------------------------------------------
 * Framing
 * ---------------------------------------------------------------------------------------- */

size_t rt_frame_encode(const uint8_t *msg, size_t len, uint8_t *out, size_t cap)
{
    cobs_writer w;
    size_t i;
    size_t n;
    uint16_t crc;
    if (msg == NULL || out == NULL || len < 2u || len > RT_MAX_MESSAGE) {
        return 0;
    }
    crc = rt_crc16(msg, len);
    cw_init(&w, out, cap);
    for (i = 0; i < len && !w.error; i++) {
        cw_put(&w, msg[i]);
    }
    cw_put(&w, (uint8_t)(crc & 0xFFu));
    cw_put(&w, (uint8_t)(crc >> 8));
    n = cw_finish(&w);
    if (n == 0u || n >= cap) {
        return 0;
    }
    out[n] = 0x00; /* delimiter */
    return n + 1u;
}

/* ------------------------------------------------------------------------------------------
 * Message builders
 * ---------------------------------------------------------------------------------------- */

static size_t put_header(uint8_t *out, uint8_t type)
{
    out[0] = (uint8_t)RT_PROTO_VERSION;
    out[1] = type;
    return 2;
}

size_t rt_msg_hello(uint8_t *out, size_t cap, const rt_hello *h)
{
    size_t len;
    uint8_t i;
    if (out == NULL || h == NULL) {
        return 0;
    }
    if (h->sample_rate_hz == 0u || h->sample_rate_hz > 4000u || h->accel_lsb_per_g == 0u ||
        (h->gyro_full_scale_dps != 0u && h->gyro_lsb_per_dps_x100 == 0u) ||
        h->model_len > RT_MAX_MODEL_LEN || (h->model == NULL && h->model_len > 0u)) {
        return 0;
    }
    len = RT_HELLO_LEN((size_t)h->model_len);
    if (cap < len) {
        return 0;
    }
    put_header(out, RT_MSG_HELLO);
    out[2] = h->fw_major;
    out[3] = h->fw_minor;
    out[4] = h->fw_patch;
    put_u32(out + 5, h->device_id);
    put_u16(out + 9, h->sample_rate_hz);
    out[11] = h->accel_full_scale_g;
    put_u16(out + 12, h->accel_lsb_per_g);
    put_u16(out + 14, h->gyro_full_scale_dps);
    put_u16(out + 16, h->gyro_lsb_per_dps_x100);
    out[18] = h->placement;
    out[19] = h->model_len;
    for (i = 0; i < h->model_len; i++) {
        out[20u + i] = (uint8_t)h->model[i];
    }
    return len;
}

size_t rt_msg_sample_batch(uint8_t *out, size_t cap, uint32_t seq, uint32_t t_us,
                           uint8_t count, uint8_t axes, const int16_t *samples)
{
    size_t len;
    size_t n;
    size_t i;
    if (out == NULL || samples == NULL || count < 1u || count > RT_MAX_BATCH_SAMPLES ||
        (axes != 3u && axes != 6u)) {
        return 0;
    }
    n = (size_t)count * axes;
    len = RT_BATCH_LEN((size_t)count, (size_t)axes);
    if (cap < len) {
        return 0;
    }
    put_header(out, RT_MSG_SAMPLE_BATCH);
    put_u32(out + 2, seq);
    put_u32(out + 6, t_us);
    out[10] = count;
    out[11] = axes;
    for (i = 0; i < n; i++) {
        /* two's complement int16 -> u16 without relying on the host representation */
        int32_t v = samples[i];
        uint16_t u = (uint16_t)(v < 0 ? (uint32_t)(v + 65536) : (uint32_t)v);
        put_u16(out + 12 + 2 * i, u);
    }
    return len;
}

size_t rt_msg_status(uint8_t *out, size_t cap, uint32_t t_us, uint16_t battery_mv,
                     uint8_t flags, uint32_t dropped_total)
{
    if (out == NULL || cap < RT_STATUS_LEN) {
        return 0;
    }
    put_header(out, RT_MSG_STATUS);
    put_u32(out + 2, t_us);
    put_u16(out + 6, battery_mv);
    out[8] = flags;
    put_u32(out + 9, dropped_total);
    return RT_STATUS_LEN;
}

size_t rt_msg_event(uint8_t *out, size_t cap, uint32_t t_us, uint8_t kind, uint8_t arg)
{
    if (out == NULL || cap < RT_EVENT_LEN) {
        return 0;
    }
    put_header(out, RT_MSG_EVENT);
    put_u32(out + 2, t_us);
    out[6] = kind;
    out[7] = arg;
    return RT_EVENT_LEN;
}

size_t rt_msg_ack(uint8_t *out, size_t cap, uint8_t command, uint8_t result, uint32_t token)
{
    if (out == NULL || cap < RT_ACK_LEN) {
        return 0;
    }
    put_header(out, RT_MSG_ACK);
    out[2] = command;
    out[3] = result;
    put_u32(out + 4, token);
    return RT_ACK_LEN;
}

size_t rt_msg_raw(uint8_t *out, size_t cap, uint8_t version, uint8_t type, const uint8_t *body,
                  size_t body_len)
{
    size_t i;
    if (out == NULL || (body == NULL && body_len > 0u) || body_len > RT_MAX_MESSAGE - 2u ||
        cap < 2u + body_len) {
        return 0;
    }
    out[0] = version;
    out[1] = type;
    for (i = 0; i < body_len; i++) {
        out[2 + i] = body[i];
    }
    return 2u + body_len;
}

/* Body length a command needs; -1 for an unknown command type. */
static int command_body_len(uint8_t type)
{
    switch (type) {
    case RT_CMD_START_STREAM:
    case RT_CMD_STOP_STREAM:
    case RT_CMD_GET_HELLO:
        return 0;
    case RT_CMD_SET_RATE:
        return 2;
    case RT_CMD_IDENTIFY:
        return 1;
    case RT_CMD_PING:
        return 4;
    default:
        return -1;
    }
}

size_t rt_msg_command(uint8_t *out, size_t cap, const rt_cmd *cmd)
{
    int body;
    if (out == NULL || cmd == NULL) {
        return 0;
    }
    body = command_body_len(cmd->type);
    if (body < 0 || cap < 2u + (size_t)body) {
        return 0;
    }
    put_header(out, cmd->type);
    switch (cmd->type) {
    case RT_CMD_SET_RATE:
        put_u16(out + 2, cmd->rate_hz);
        break;
    case RT_CMD_IDENTIFY:
        out[2] = cmd->seconds;
        break;
    case RT_CMD_PING:
        put_u32(out + 2, cmd->token);
        break;
    default:
        break;
    }
    return 2u + (size_t)body;
}

/* ------------------------------------------------------------------------------------------
 * Device-side command decoder
 * ---------------------------------------------------------------------------------------- */

void rt_cmd_decoder_init(rt_cmd_decoder *dec)
{
    size_t i;
    for (i = 0; i < sizeof dec->buf; i++) {
        dec->buf[i] = 0;
    }
    dec->len = 0;
    dec->overflow = 0;
    dec->crc_errors = 0;
    dec->runts = 0;
    dec->oversize = 0;
    dec->bad_version = 0;
    dec->ignored = 0;
}

static int decode_command_frame(rt_cmd_decoder *dec, size_t enc_len, rt_cmd *cmd)
{
    int32_t n = rt_cobs_decode(dec->buf, enc_len, dec->buf, sizeof dec->buf);
    size_t msg_len;
    const uint8_t *m = dec->buf;
    int need;
    if (n < 0) {
        dec->crc_errors++;
        return RT_FEED_NONE;
    }
    if (n < 4) {
        dec->runts++;
        return RT_FEED_NONE;
    }
    msg_len = (size_t)n - 2u;
    if (rt_crc16(m, msg_len) != get_u16(m + msg_len)) {
        dec->crc_errors++;
        return RT_FEED_NONE;
    }
    if (m[0] != RT_PROTO_VERSION) {
        dec->bad_version++;
        return RT_FEED_NONE;
    }
    if ((m[1] & 0x80u) == 0u) {
        dec->ignored++; /* a device->host message type (e.g. our own output echoed back) */
        return RT_FEED_NONE;
    }
    cmd->type = m[1];
    cmd->rate_hz = 0;
    cmd->seconds = 0;
    cmd->token = 0;
    need = command_body_len(m[1]);
    if (need < 0) {
        return RT_FEED_UNSUPPORTED;
    }
    if (msg_len - 2u < (size_t)need) {
        return RT_FEED_BAD_ARGUMENT;
    }
    switch (m[1]) {
    case RT_CMD_SET_RATE:
        cmd->rate_hz = get_u16(m + 2);
        break;
    case RT_CMD_IDENTIFY:
        cmd->seconds = m[2];
        break;
    case RT_CMD_PING:
        cmd->token = get_u32(m + 2);
        break;
    default:
        break;
    }
    return RT_FEED_COMMAND;
}

int rt_cmd_decoder_feed(rt_cmd_decoder *dec, uint8_t byte, rt_cmd *cmd)
{
    size_t len;
    if (byte != 0u) {
        if (dec->overflow) {
            return RT_FEED_NONE;
        }
        if (dec->len >= sizeof dec->buf) {
            dec->overflow = 1;
            return RT_FEED_NONE;
        }
        dec->buf[dec->len++] = byte;
        return RT_FEED_NONE;
    }
    /* delimiter: end of frame */
    len = dec->len;
    dec->len = 0;
    if (dec->overflow) {
        dec->overflow = 0;
        dec->oversize++;
        return RT_FEED_NONE;
    }
    if (len == 0u) {
        return RT_FEED_NONE; /* empty frame */
    }
    if (cmd == NULL) {
        rt_cmd ignored;
        return decode_command_frame(dec, len, &ignored);
    }
    return decode_command_frame(dec, len, cmd);
}
