/*
 * reptempo_proto.h - reference encoder for the RepTempo sensor wire protocol, version 1
 * (see ../PROTOCOL.md).
 *
 * Portable C99 for firmware: no malloc, no global or static state, every buffer is supplied
 * by the caller, all multi-byte fields are written byte by byte in little-endian order (no
 * struct casting), so it works unchanged on little- and big-endian MCUs.
 *
 * Typical device use:
 *
 *     uint8_t msg[RT_MAX_MESSAGE];            message builder output
 *     uint8_t wire[RT_MAX_WIRE];              frame output (COBS + delimiter)
 *     size_t n = rt_msg_sample_batch(msg, sizeof msg, seq, t_us, count, 6, samples);
 *     size_t w = rt_frame_encode(msg, n, wire, sizeof wire);
 *     uart_write(wire, w);
 *
 * and for incoming host commands, one rt_cmd_decoder fed byte by byte.
 */
#ifndef REPTEMPO_PROTO_H
#define REPTEMPO_PROTO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------------------------
 * Protocol constants (PROTOCOL.md §2, §4, §5)
 * ---------------------------------------------------------------------------------------- */

#define RT_PROTO_VERSION 1u

#define RT_MAX_MESSAGE 510u /* version + type + body, before CRC */
#define RT_MAX_FRAME 512u   /* message + CRC, before COBS */
#define RT_MAX_ENCODED 515u /* after COBS, without the 0x00 delimiter */
#define RT_MAX_WIRE 516u    /* after COBS, with the 0x00 delimiter */

/* Upper bound of the COBS-encoded size of n input bytes (without delimiter). */
#define RT_COBS_MAX_ENCODED(n) ((n) + (n) / 254u + 1u)
/* Upper bound of the wire size (COBS + delimiter) of a message of n bytes. */
#define RT_FRAME_MAX_WIRE(n) (RT_COBS_MAX_ENCODED((n) + 2u) + 1u)

#define RT_MAX_BATCH_SAMPLES 40u
#define RT_MAX_MODEL_LEN 32u

/* Message sizes (bytes, version + type + body, before CRC) */
#define RT_HELLO_LEN(model_len) (20u + (model_len))
#define RT_BATCH_LEN(count, axes) (12u + 2u * (count) * (axes))
#define RT_STATUS_LEN 13u
#define RT_EVENT_LEN 8u
#define RT_ACK_LEN 8u

/* Device -> host message types */
#define RT_MSG_HELLO 0x01u
#define RT_MSG_SAMPLE_BATCH 0x02u
#define RT_MSG_STATUS 0x03u
#define RT_MSG_EVENT 0x04u
#define RT_MSG_ACK 0x05u

/* Host -> device command types */
#define RT_CMD_START_STREAM 0x81u
#define RT_CMD_STOP_STREAM 0x82u
#define RT_CMD_SET_RATE 0x83u
#define RT_CMD_IDENTIFY 0x84u
#define RT_CMD_PING 0x85u
#define RT_CMD_GET_HELLO 0x86u

/* ACK result codes */
#define RT_ACK_OK 0u
#define RT_ACK_UNSUPPORTED 1u
#define RT_ACK_BAD_ARGUMENT 2u
#define RT_ACK_BUSY 3u

/* STATUS flags */
#define RT_STATUS_CHARGING 0x01u
#define RT_STATUS_EXTERNAL_POWER 0x02u

/* EVENT kinds */
#define RT_EVENT_BUTTON_START_STOP 1u
#define RT_EVENT_BUTTON_MARK 2u
#define RT_EVENT_BUTTON_LONG_PRESS 3u

/* HELLO placement */
#define RT_PLACEMENT_UNSPECIFIED 0u
#define RT_PLACEMENT_LOWER_BACK 1u
#define RT_PLACEMENT_LEFT_HIP 2u
#define RT_PLACEMENT_RIGHT_HIP 3u

/* ------------------------------------------------------------------------------------------
 * CRC-16/CCITT-FALSE and COBS
 * ---------------------------------------------------------------------------------------- */

/* CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) of len bytes.
 * rt_crc16("123456789", 9) == 0x29B1. data may be NULL when len is 0. */
uint16_t rt_crc16(const uint8_t *data, size_t len);

/* Continue a CRC: rt_crc16_update(rt_crc16(a, na), b, nb) == CRC of a followed by b.
 * Start with crc = 0xFFFF. */
uint16_t rt_crc16_update(uint16_t crc, const uint8_t *data, size_t len);

/* COBS-encode len bytes of in into out (capacity cap bytes). Writes no delimiter.
 * A 255-code block that ends the input gets no extra block (PROTOCOL.md §2).
 * Needs at most RT_COBS_MAX_ENCODED(len) bytes of out.
 * Returns the encoded length (>= 1), or 0 if out is too small. in and out must not overlap. */
size_t rt_cobs_encode(const uint8_t *in, size_t len, uint8_t *out, size_t cap);

/* COBS-decode the len bytes found between two delimiters (in must not contain 0x00) into out
 * (capacity cap). Returns the decoded length (0..len-1), or -1 if in is empty, is not valid
 * COBS (a code byte points past the end, or a 0x00 inside) or out is too small.
 * Decoding in place (out == in) is allowed; other overlaps are not. */
int32_t rt_cobs_decode(const uint8_t *in, size_t len, uint8_t *out, size_t cap);

/* ------------------------------------------------------------------------------------------
 * Framing: COBS(message || crc16_le) 0x00
 * ---------------------------------------------------------------------------------------- */

/* Frame one message (as written by the rt_msg_* builders, 2..RT_MAX_MESSAGE bytes): appends
 * the CRC (low byte first), COBS-encodes, appends the 0x00 delimiter. The CRC is streamed in,
 * so msg needs no spare room. Needs at most RT_FRAME_MAX_WIRE(len) <= RT_MAX_WIRE bytes.
 * Returns the number of bytes written to out (ready to send), or 0 if len is out of range or
 * out is too small. msg and out must not overlap. */
size_t rt_frame_encode(const uint8_t *msg, size_t len, uint8_t *out, size_t cap);

/* ------------------------------------------------------------------------------------------
 * Message builders (device -> host). Each writes version, type and body into out (capacity
 * cap) and returns the message length, or 0 if out is too small or an argument is invalid.
 * Pass the result to rt_frame_encode().
 * ---------------------------------------------------------------------------------------- */

typedef struct {
    uint8_t fw_major, fw_minor, fw_patch; /* firmware version */
    uint32_t device_id;                   /* unique per device */
    uint16_t sample_rate_hz;              /* nominal rate, 1..4000 Hz */
    uint8_t accel_full_scale_g;           /* ±g range: 2, 4, 8, 16 */
    uint16_t accel_lsb_per_g;             /* counts per g, e.g. 16384 at ±2 g; not 0 */
    uint16_t gyro_full_scale_dps;         /* ±deg/s range; 0 = no gyroscope */
    uint16_t gyro_lsb_per_dps_x100;       /* counts per deg/s x 100 (1640 = 16.4); 0 if none */
    uint8_t placement;                    /* RT_PLACEMENT_* */
    const char *model;                    /* ASCII sensor model, need not be NUL-terminated */
    uint8_t model_len;                    /* bytes of model, 0..32 */
} rt_hello;

/* HELLO, RT_HELLO_LEN(model_len) bytes (20..52). Invalid: sample_rate_hz 0 or > 4000,
 * accel_lsb_per_g 0, a gyroscope range with gyro_lsb_per_dps_x100 0, model_len > 32,
 * model NULL with model_len > 0. */
size_t rt_msg_hello(uint8_t *out, size_t cap, const rt_hello *hello);

/* SAMPLE_BATCH, RT_BATCH_LEN(count, axes) bytes (at most 492).
 * seq: sequence number of the first sample (counts every sample sampled, dropped ones too);
 * t_us: device time of the first sample in microseconds (free-running, wraps at 2^32);
 * count: 1..40 samples; axes: 3 (ax ay az) or 6 (ax ay az gx gy gz), must match the HELLO;
 * samples: count*axes raw int16 sensor counts, sample-major (ax0 ay0 az0 [gx0 gy0 gz0] ax1 ...).
 */
size_t rt_msg_sample_batch(uint8_t *out, size_t cap, uint32_t seq, uint32_t t_us,
                           uint8_t count, uint8_t axes, const int16_t *samples);

/* STATUS, RT_STATUS_LEN (13) bytes. t_us: device time; battery_mv: millivolts, 0 = unknown;
 * flags: RT_STATUS_* bits; dropped_total: samples dropped on the device since power-up. */
size_t rt_msg_status(uint8_t *out, size_t cap, uint32_t t_us, uint16_t battery_mv,
                     uint8_t flags, uint32_t dropped_total);

/* EVENT, RT_EVENT_LEN (8) bytes. kind: RT_EVENT_*; arg: kind-specific, 0 by default. */
size_t rt_msg_event(uint8_t *out, size_t cap, uint32_t t_us, uint8_t kind, uint8_t arg);

/* ACK, RT_ACK_LEN (8) bytes. command: the command type answered; result: RT_ACK_*;
 * token: the PING's token, 0 for other commands. */
size_t rt_msg_ack(uint8_t *out, size_t cap, uint8_t command, uint8_t result, uint32_t token);

/* Any message: version, type and body_len bytes of body (for tests and future messages).
 * body may be NULL when body_len is 0. Invalid: 2 + body_len > RT_MAX_MESSAGE. */
size_t rt_msg_raw(uint8_t *out, size_t cap, uint8_t version, uint8_t type, const uint8_t *body,
                  size_t body_len);

/* ------------------------------------------------------------------------------------------
 * Host -> device commands
 * ---------------------------------------------------------------------------------------- */

typedef struct {
    uint8_t type;     /* RT_CMD_* (or the unknown type, see rt_cmd_decoder_feed) */
    uint16_t rate_hz; /* SET_RATE: requested rate in Hz (validate it: ACK 2 if unsupported) */
    uint8_t seconds;  /* IDENTIFY: blink duration in seconds */
    uint32_t token;   /* PING: token to echo in the ACK */
} rt_cmd;

/* Build a command message (host side, and for tests): 2 + 0..4 bytes. Unused fields of cmd are
 * ignored. Returns 0 for an unknown cmd->type or a too small out. */
size_t rt_msg_command(uint8_t *out, size_t cap, const rt_cmd *cmd);

/* Incremental command decoder for the device. Frames longer than RT_CMD_BUF_SIZE encoded bytes
 * are dropped (version-1 commands are at most 9 encoded bytes; the default leaves room for
 * appended fields). Define RT_CMD_BUF_SIZE before including this header to change it. */
#ifndef RT_CMD_BUF_SIZE
#define RT_CMD_BUF_SIZE 64u
#endif

typedef struct {
    uint8_t buf[RT_CMD_BUF_SIZE]; /* encoded bytes of the current frame */
    uint16_t len;                 /* bytes in buf */
    uint8_t overflow;             /* current frame too long: dropping until 0x00 */
    /* counters of dropped frames (informational; wrap around) */
    uint32_t crc_errors;   /* invalid COBS or CRC mismatch */
    uint32_t runts;        /* decoded to fewer than 4 bytes */
    uint32_t oversize;     /* longer than RT_CMD_BUF_SIZE */
    uint32_t bad_version;  /* valid CRC, version other than 1 */
    uint32_t ignored;      /* valid, version 1, not a command type (high bit clear) */
} rt_cmd_decoder;

/* Return values of rt_cmd_decoder_feed() */
#define RT_FEED_NONE 0         /* nothing complete yet (or a frame was dropped) */
#define RT_FEED_COMMAND 1      /* *cmd holds a valid command: act on it and ACK (result 0/2) */
#define RT_FEED_UNSUPPORTED 2  /* valid frame, unknown command type cmd->type: ACK result 1 */
#define RT_FEED_BAD_ARGUMENT 3 /* known cmd->type but body too short: ACK result 2 */

/* Reset the decoder (also clears the counters). */
void rt_cmd_decoder_init(rt_cmd_decoder *dec);

/* Feed one received byte. A 0x00 ends a frame: the frame is COBS-decoded, its length and CRC
 * checked, and the result returned (see RT_FEED_*); *cmd is written only when the return value
 * is not RT_FEED_NONE. Damaged frames are dropped and counted; decoding resynchronises at the
 * next 0x00. Never writes beyond dec->buf. Body bytes beyond a command's fields are ignored
 * (fields are only ever appended, PROTOCOL.md §3). */
int rt_cmd_decoder_feed(rt_cmd_decoder *dec, uint8_t byte, rt_cmd *cmd);

#ifdef __cplusplus
}
#endif

#endif /* REPTEMPO_PROTO_H */
