#!/usr/bin/env python3
"""Write the RepTempo wire-protocol test vectors (one JSON file per case).

Standard library only, deterministic: running it twice gives byte-identical files.

It contains
  * an independent encoder: CRC-16/CCITT-FALSE, COBS, every message of PROTOCOL.md §4 and
    every command of §5;
  * a deliberately plain model of the host decode rules of PROTOCOL.md §6 (binary mode) and
    §7 (text mode), which computes each case's "expected" block from the stream bytes alone.

Usage:  python3 generate.py [OUTPUT_DIR]     (default: the directory of this script)
"""

import json
import math
import re
import os
import sys
from fractions import Fraction

# ---------------------------------------------------------------------------------------------
# Constants (PROTOCOL.md §2, §4, §5)
# ---------------------------------------------------------------------------------------------

VERSION = 1
MAX_MESSAGE = 510
MAX_FRAME = 512
MAX_ENCODED = 515
MAX_BATCH = 40

T_HELLO, T_BATCH, T_STATUS, T_EVENT, T_ACK = 0x01, 0x02, 0x03, 0x04, 0x05
C_START, C_STOP, C_SET_RATE, C_IDENTIFY, C_PING, C_GET_HELLO = 0x81, 0x82, 0x83, 0x84, 0x85, 0x86

TYPE_CODES = {
    "hello": T_HELLO, "sample_batch": T_BATCH, "status": T_STATUS, "event": T_EVENT,
    "ack": T_ACK, "start_stream": C_START, "stop_stream": C_STOP, "set_rate": C_SET_RATE,
    "identify": C_IDENTIFY, "ping": C_PING, "get_hello": C_GET_HELLO,
}

STANDARD_GRAVITY = 9.80665  # m/s² per g (PROTOCOL.md §7)

# ---------------------------------------------------------------------------------------------
# CRC and COBS
# ---------------------------------------------------------------------------------------------


def crc16(data):
    """CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final XOR."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


assert crc16(b"123456789") == 0x29B1


def cobs_encode(data):
    """COBS as in PROTOCOL.md §2: a 255-code block that ends the input gets no extra block."""
    out = bytearray([0])
    code_pos = 0
    code = 1
    block_full = False
    for byte in data:
        if block_full:  # open the next block lazily, only when more input follows
            code_pos = len(out)
            out.append(0)
            code = 1
            block_full = False
        if byte == 0:
            out[code_pos] = code
            code_pos = len(out)
            out.append(0)
            code = 1
        else:
            out.append(byte)
            code += 1
            if code == 0xFF:
                out[code_pos] = 0xFF
                block_full = True
    if not block_full:
        out[code_pos] = code
    return bytes(out)


def cobs_decode(enc):
    """Strict COBS decode of the bytes between two delimiters; None if not valid COBS."""
    if not enc:
        return None
    out = bytearray()
    i = 0
    n = len(enc)
    while i < n:
        code = enc[i]
        if code == 0 or i + code > n:
            return None
        block = enc[i + 1:i + code]
        if 0 in block:
            return None
        out += block
        i += code
        if i < n and code != 0xFF:
            out.append(0)
    return bytes(out)


# self-checks of the COBS corner cases named in PROTOCOL.md §2
assert cobs_encode(b"") == b"\x01"
assert cobs_encode(b"\x00") == b"\x01\x01"
assert cobs_encode(bytes(range(1, 255))) == b"\xff" + bytes(range(1, 255))
assert cobs_encode(bytes(range(1, 256))) == b"\xff" + bytes(range(1, 255)) + b"\x02\xff"
assert cobs_encode(bytes(range(1, 255)) + b"\x00") == b"\xff" + bytes(range(1, 255)) + b"\x01\x01"
for _probe in (b"", b"\x00", b"\x00\x00", bytes(range(256)) * 3, bytes(range(1, 255))):
    assert cobs_decode(cobs_encode(_probe)) == _probe

# ---------------------------------------------------------------------------------------------
# Message encoding
# ---------------------------------------------------------------------------------------------


def u8(v):
    return int(v).to_bytes(1, "little")


def u16(v):
    return int(v).to_bytes(2, "little")


def u32(v):
    return int(v).to_bytes(4, "little")


def i16(v):
    return int(v).to_bytes(2, "little", signed=True)


def encode_message(m):
    """The message bytes (version, type, body) for a message dict of the vectors schema."""
    t = m["type"]
    if t == "raw_message":
        return u8(m["version"]) + u8(m["msg_type"]) + bytes.fromhex(m["body_hex"])
    head = u8(VERSION) + u8(TYPE_CODES[t])
    if t == "hello":
        model = m["model"].encode("ascii")
        assert len(model) <= 32
        body = (u8(m["fw_major"]) + u8(m["fw_minor"]) + u8(m["fw_patch"]) + u32(m["device_id"])
                + u16(m["sample_rate_hz"]) + u8(m["accel_full_scale_g"])
                + u16(m["accel_lsb_per_g"]) + u16(m["gyro_full_scale_dps"])
                + u16(m["gyro_lsb_per_dps_x100"]) + u8(m["placement"]) + u8(len(model)) + model)
    elif t == "sample_batch":
        samples = m["samples"]
        assert 1 <= len(samples) <= MAX_BATCH and m["axes"] in (3, 6)
        body = u32(m["seq"]) + u32(m["t_us"]) + u8(len(samples)) + u8(m["axes"])
        for s in samples:
            assert len(s) == m["axes"]
            body += b"".join(i16(v) for v in s)
    elif t == "status":
        body = u32(m["t_us"]) + u16(m["battery_mv"]) + u8(m["flags"]) + u32(m["dropped_total"])
    elif t == "event":
        body = u32(m["t_us"]) + u8(m["kind"]) + u8(m["arg"])
    elif t == "ack":
        body = u8(m["command"]) + u8(m["result"]) + u32(m["token"])
    elif t in ("start_stream", "stop_stream", "get_hello"):
        body = b""
    elif t == "set_rate":
        body = u16(m["rate_hz"])
    elif t == "identify":
        body = u8(m["seconds"])
    elif t == "ping":
        body = u32(m["token"])
    else:
        raise ValueError(t)
    msg = head + body
    assert len(msg) <= MAX_MESSAGE
    return msg


def encode_frame(message_bytes):
    """COBS(message || crc16_le) 0x00"""
    crc = crc16(message_bytes)
    return cobs_encode(message_bytes + u16(crc)) + b"\x00"


# --- message dict constructors (field order = the schema's order) ----------------------------

def hello(rate=100, gyro=True, model="MPU-6050", fw=(1, 2, 3), device_id=0x1234ABCD,
          accel_fs=2, accel_lsb=16384, gyro_fs=2000, gyro_lsb_x100=1640, placement=1):
    if not gyro:
        gyro_fs, gyro_lsb_x100 = 0, 0
    return {"type": "hello", "fw_major": fw[0], "fw_minor": fw[1], "fw_patch": fw[2],
            "device_id": device_id, "sample_rate_hz": rate, "accel_full_scale_g": accel_fs,
            "accel_lsb_per_g": accel_lsb, "gyro_full_scale_dps": gyro_fs,
            "gyro_lsb_per_dps_x100": gyro_lsb_x100, "placement": placement, "model": model}


def hello_accel_only(rate=100):
    return hello(rate=rate, gyro=False, model="ADXL345", accel_fs=2, accel_lsb=256,
                 device_id=0x00C0FFEE, placement=2)


def batch(seq, t_us, samples):
    return {"type": "sample_batch", "seq": seq % 2**32, "t_us": t_us % 2**32,
            "axes": len(samples[0]), "samples": [list(s) for s in samples]}


def status(t_us, battery_mv=3950, flags=0, dropped_total=0):
    return {"type": "status", "t_us": t_us % 2**32, "battery_mv": battery_mv, "flags": flags,
            "dropped_total": dropped_total}


def event(t_us, kind, arg=0):
    return {"type": "event", "t_us": t_us % 2**32, "kind": kind, "arg": arg}


def ack(command, result=0, token=0):
    return {"type": "ack", "command": command, "result": result, "token": token}


def raw_message(version, msg_type, body):
    return {"type": "raw_message", "version": version, "msg_type": msg_type,
            "body_hex": bytes(body).hex()}


def cmd(name, **fields):
    m = {"type": name}
    m.update(fields)
    return m


# --- pieces ----------------------------------------------------------------------------------

def frame_bytes(msg):
    return encode_frame(encode_message(msg))


def F(msg):
    return {"kind": "frame", "message": msg, "hex": frame_bytes(msg).hex()}


def R(data, note):
    if isinstance(data, str):
        data = data.encode("ascii")
    return {"kind": "raw", "hex": bytes(data).hex(), "note": note}


def cobs_data_positions(encoded):
    """Indices of the data (non-code) bytes of one encoded frame (without delimiter)."""
    positions = []
    i = 0
    while i < len(encoded):
        code = encoded[i]
        positions.extend(range(i + 1, min(i + code, len(encoded))))
        i += code
    return positions


def corrupt(msg, which=0, xor=0x10):
    """The frame of msg with one COBS *data* byte flipped: still valid COBS, CRC fails."""
    fb = bytearray(frame_bytes(msg))
    pos = cobs_data_positions(fb[:-1])[which]
    fb[pos] ^= xor
    if fb[pos] == 0:
        fb[pos] = 0x5A
    return bytes(fb)


# ---------------------------------------------------------------------------------------------
# Deterministic synthetic signal
# ---------------------------------------------------------------------------------------------


class XorShift32:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF or 1

    def next(self):
        s = self.s
        s ^= (s << 13) & 0xFFFFFFFF
        s ^= s >> 17
        s ^= (s << 5) & 0xFFFFFFFF
        self.s = s
        return s

    def noise(self, amp):
        return int(self.next() % (2 * amp + 1)) - amp

    def nonzero_bytes(self, n):
        out = bytearray()
        while len(out) < n:
            b = self.next() & 0xFF
            if b:
                out.append(b)
        return bytes(out)


def tilt_samples(first_index, n, rate, gyro=True, seed=1, accel_lsb=16384, gyro_lsb=16.4):
    """Gravity tilting ±30° about x at 0.2 Hz plus small noise, as raw int16 counts."""
    rng = XorShift32(seed * 7919 + first_index * 104729 + 12345)
    out = []
    for k in range(first_index, first_index + n):
        t = k / rate
        theta = math.radians(30.0) * math.sin(2 * math.pi * 0.2 * t)
        omega = math.degrees(math.radians(30.0) * 2 * math.pi * 0.2
                             * math.cos(2 * math.pi * 0.2 * t))
        s = [rng.noise(40), int(round(math.sin(theta) * accel_lsb)) + rng.noise(40),
             int(round(math.cos(theta) * accel_lsb)) + rng.noise(40)]
        if gyro:
            s += [int(round(omega * gyro_lsb)) + rng.noise(5), rng.noise(5), rng.noise(5)]
        out.append([max(-32768, min(32767, v)) for v in s])
    return out


def mk_batch(seq, t_us, n, rate=100, gyro=True, seed=1):
    return batch(seq, t_us, tilt_samples(seq, n, rate, gyro, seed))


# ---------------------------------------------------------------------------------------------
# Host model, binary mode (PROTOCOL.md §6)
# ---------------------------------------------------------------------------------------------


def s32(v):
    v &= 0xFFFFFFFF
    return v - 2**32 if v >= 2**31 else v


def offset_us(i, rate):
    """Offset of sample i from the batch's t_us: i·1e6/rate rounded half up (§6)."""
    return (2 * i * 1000000 + rate) // (2 * rate)


STAT_KEYS = ["frames", "crc_errors", "runts", "malformed", "unknown_type",
             "unsupported_version", "oversize", "bytes_skipped", "lost_samples",
             "duplicate_batches", "out_of_order_batches", "samples"]


class Malformed(Exception):
    pass


class Unwrapper:
    """One 32-bit → 64-bit unwrapper: moves by the signed 32-bit difference (§6)."""

    def __init__(self):
        self.raw = None
        self.T = 0

    def restart(self, raw):
        self.raw = raw
        self.T = raw
        return self.T

    def feed(self, raw):
        if self.raw is None:
            return self.restart(raw)
        self.T += s32(raw - self.raw)
        self.raw = raw
        return self.T


class BinaryHost:
    def __init__(self):
        self.stats = {k: 0 for k in STAT_KEYS}
        self.messages = []
        self.samples = []
        self.buf = bytearray()
        self.discarding = False  # inside a run longer than MAX_ENCODED
        self.discard_len = 0
        self.hello = None        # the HELLO in force
        self.after_hello = False  # a HELLO ended sequence tracking
        self.expected = None     # next expected seq (None: no epoch yet)
        self.last_batch = None   # last batch that delivered samples
        self.unwrap = Unwrapper()
        self.epoch_base = 0      # host time (µs) of the epoch's first sample
        self.epoch_T0 = 0        # unwrapped device time of the epoch's first sample
        self.last_H = None       # host time (µs) of the last delivered sample

    # -- framing --
    def feed(self, data):
        for b in data:
            if b == 0:
                if self.discarding:
                    self.stats["oversize"] += 1
                    self.stats["bytes_skipped"] += self.discard_len
                    self.discarding = False
                    self.discard_len = 0
                elif self.buf:
                    self.frame(bytes(self.buf))
                    self.buf.clear()
            elif self.discarding:
                self.discard_len += 1
            else:
                self.buf.append(b)
                if len(self.buf) > MAX_ENCODED:
                    self.discarding = True
                    self.discard_len = len(self.buf)
                    self.buf.clear()

    def drop(self, counter, encoded):
        self.stats[counter] += 1
        self.stats["bytes_skipped"] += len(encoded)

    def frame(self, encoded):
        dec = cobs_decode(encoded)
        if dec is None:
            return self.drop("crc_errors", encoded)
        if len(dec) < 4:
            return self.drop("runts", encoded)
        msg, crc = dec[:-2], dec[-2] | dec[-1] << 8
        if crc16(msg) != crc:
            return self.drop("crc_errors", encoded)
        if msg[0] != VERSION:
            return self.drop("unsupported_version", encoded)
        handler = {T_HELLO: self.on_hello, T_BATCH: self.on_batch, T_STATUS: self.on_status,
                   T_EVENT: self.on_event, T_ACK: self.on_ack}.get(msg[1])
        if handler is None:
            return self.drop("unknown_type", encoded)
        try:
            handler(msg[2:])
        except Malformed:
            return self.drop("malformed", encoded)
        self.stats["frames"] += 1

    # -- messages --
    @staticmethod
    def need(body, n):
        if len(body) < n:
            raise Malformed()

    @staticmethod
    def le(body, off, n, signed=False):
        return int.from_bytes(body[off:off + n], "little", signed=signed)

    def on_hello(self, body):
        self.need(body, 18)
        model_len = body[17]
        if model_len > 32:
            raise Malformed()
        self.need(body, 18 + model_len)
        h = {"type": "hello", "fw_major": body[0], "fw_minor": body[1], "fw_patch": body[2],
             "device_id": self.le(body, 3, 4), "sample_rate_hz": self.le(body, 7, 2),
             "accel_full_scale_g": body[9], "accel_lsb_per_g": self.le(body, 10, 2),
             "gyro_full_scale_dps": self.le(body, 12, 2),
             "gyro_lsb_per_dps_x100": self.le(body, 14, 2), "placement": body[16],
             "model": body[18:18 + model_len].decode("ascii")}
        if (h["sample_rate_hz"] == 0 or h["accel_lsb_per_g"] == 0
                or (h["gyro_full_scale_dps"] != 0 and h["gyro_lsb_per_dps_x100"] == 0)):
            raise Malformed()
        self.messages.append(h)
        self.hello = h
        self.after_hello = True

    def on_status(self, body):
        self.need(body, 11)
        m = status(self.le(body, 0, 4), self.le(body, 4, 2), body[6], self.le(body, 7, 4))
        self.messages.append(m)
        self.unwrap.feed(m["t_us"])

    def on_event(self, body):
        self.need(body, 6)
        m = event(self.le(body, 0, 4), body[4], body[5])
        self.messages.append(m)
        self.unwrap.feed(m["t_us"])

    def on_ack(self, body):
        self.need(body, 6)
        self.messages.append(ack(body[0], body[1], self.le(body, 2, 4)))

    def on_batch(self, body):
        self.need(body, 10)
        seq, t_us, count, axes = self.le(body, 0, 4), self.le(body, 4, 4), body[8], body[9]
        if not 1 <= count <= MAX_BATCH or axes not in (3, 6):
            raise Malformed()
        self.need(body, 10 + 2 * count * axes)
        if self.hello is None:
            raise Malformed()  # §6: batches before any HELLO are dropped as malformed
        if axes != (6 if self.hello["gyro_full_scale_dps"] else 3):
            raise Malformed()
        samples = [[self.le(body, 10 + 2 * (k * axes + a), 2, signed=True) for a in range(axes)]
                   for k in range(count)]
        m = batch(seq, t_us, samples)
        self.messages.append(m)
        self.track(m)

    # -- sequence tracking, epochs, time --
    def track(self, m):
        h = self.hello
        rate = h["sample_rate_hz"]
        seq, t_us, count = m["seq"], m["t_us"], len(m["samples"])
        new_epoch = False
        if self.expected is None:
            new_epoch = True
        elif self.after_hello:
            d = s32(seq - self.expected)
            new_epoch = not (0 <= d < 60 * rate)
        self.after_hello = False
        first = 0
        if new_epoch:
            T = self.unwrap.restart(t_us)
            self.epoch_T0 = T
            self.epoch_base = 0 if self.last_H is None else self.last_H + offset_us(1, rate)
        else:
            T = self.unwrap.feed(t_us)
            d = s32(seq - self.expected)
            if d > 0:
                self.stats["lost_samples"] += d
            elif d < 0:
                if -d >= count:
                    if m == self.last_batch:
                        self.stats["duplicate_batches"] += 1
                    else:
                        self.stats["out_of_order_batches"] += 1
                    return
                first = -d
        for i in range(first, count):
            H = self.epoch_base + (T + offset_us(i, rate) - self.epoch_T0)
            if self.last_H is not None and H < self.last_H:
                H = self.last_H
            self.last_H = H
            self.deliver(m, i, H)
        self.expected = (seq + count) % 2**32
        self.last_batch = m

    def deliver(self, m, i, H):
        h = self.hello
        raw = m["samples"][i]
        s = {"seq": (m["seq"] + i) % 2**32, "t_s": H / 1e6,
             "ax_g": raw[0] / h["accel_lsb_per_g"], "ay_g": raw[1] / h["accel_lsb_per_g"],
             "az_g": raw[2] / h["accel_lsb_per_g"], "gx_dps": None, "gy_dps": None,
             "gz_dps": None}
        if m["axes"] == 6:
            g = h["gyro_lsb_per_dps_x100"]
            s["gx_dps"] = raw[3] * 100 / g
            s["gy_dps"] = raw[4] * 100 / g
            s["gz_dps"] = raw[5] * 100 / g
        self.samples.append(s)
        self.stats["samples"] += 1


# ---------------------------------------------------------------------------------------------
# Host model, text mode (PROTOCOL.md §7)
# ---------------------------------------------------------------------------------------------

MAX_LINE = 200


NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
TIME_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def parse_number(text):
    """Decimal number as in §7 ('-0.012', '1', '9.81e-1'); None if not one."""
    return text if NUMBER_RE.fullmatch(text) else None


def parse_time_ms(text):
    """t_ms: unsigned integer or decimal ('12.5'), exact."""
    return Fraction(text) if TIME_RE.fullmatch(text) else None


def half_up(x):
    return math.floor(x + Fraction(1, 2))


class TextHost:
    def __init__(self):
        self.stats = {k: 0 for k in STAT_KEYS}
        self.messages = []
        self.samples = []
        self.pending = bytearray()
        self.accel_unit = "g"
        self.gyro_unit = "dps"
        self.rate = None
        self.raw_t = None
        self.T = None
        self.T_first = None
        self.last_T = None

    def feed(self, data):
        for b in data:
            if b == 0x0A:
                raw = bytes(self.pending)
                self.pending.clear()
                line = raw[:-1] if raw.endswith(b"\r") else raw
                if not self.line(line.decode("latin-1")):
                    # a dropped line (checksum, malformed, over-long): all its bytes but the \n
                    self.stats["bytes_skipped"] += len(raw)
            else:
                self.pending.append(b)

    def line(self, line):
        """Handle one line (without line ending); False if it was dropped as corrupt."""
        if len(line) > MAX_LINE:
            self.stats["oversize"] += 1
            return False
        if line.strip(" \t") == "":
            return True
        if line.startswith("#reptempo") and (len(line) == 9 or line[9] in " \t"):
            self.hello_line(line)
            return True
        if line.startswith("#"):
            return True
        first = line.lstrip(" \t")[:1]
        if first and first in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
            self.column_header(line)
            return True
        return self.sample_line(line)

    @staticmethod
    def unit_value(spec):
        if spec.startswith("lsb:"):
            n = parse_number(spec[4:])
            if n is not None and float(n) != 0:
                return ("lsb", float(n))
            return None
        return spec

    def hello_line(self, line):
        fields = {}
        for tok in line[9:].split():
            k, eq, v = tok.partition("=")
            if eq:
                fields[k] = v
        m = {"type": "hello"}
        for k in ("rate", "accel", "gyro", "model", "placement"):
            if k in fields:
                m[k] = fields[k]
        self.messages.append(m)
        if "rate" in fields and parse_number(fields["rate"]) is not None:
            r = Fraction(fields["rate"])
            self.rate = r if r > 0 else None
        if "accel" in fields:
            u = self.unit_value(fields["accel"])
            if u in ("g", "mps2") or isinstance(u, tuple):
                self.accel_unit = u
        if "gyro" in fields:
            u = self.unit_value(fields["gyro"])
            if u in ("dps", "rads", "none") or isinstance(u, tuple):
                self.gyro_unit = u

    def column_header(self, line):
        names = [f.strip(" \t") for f in line.split(",")]
        for name in names[1:4]:
            for suffix, unit in (("_mps2", "mps2"), ("_g", "g")):
                if name.endswith(suffix):
                    self.accel_unit = unit
        for name in names[4:7]:
            for suffix, unit in (("_rads", "rads"), ("_dps", "dps")):
                if name.endswith(suffix):
                    self.gyro_unit = unit

    def sample_line(self, line):
        star = line.find("*")
        if star >= 0:
            digits = line[star + 1:]
            if len(digits) != 2 or any(c not in "0123456789abcdefABCDEF" for c in digits):
                self.stats["malformed"] += 1
                return False
            x = 0
            for c in line[:star]:
                x ^= ord(c)
            if x != int(digits, 16):
                self.stats["crc_errors"] += 1
                return False
            line = line[:star]
        fields = [f.strip(" \t") for f in line.split(",")]
        if len(fields) not in (4, 7):
            self.stats["malformed"] += 1
            return False
        t = parse_time_ms(fields[0])
        values = [parse_number(f) for f in fields[1:]]
        if t is None or any(v is None for v in values):
            self.stats["malformed"] += 1
            return False
        # unwrap millis (wraps at 2^32 like t_us)
        if self.raw_t is None:
            self.T = t
        else:
            d = (t - self.raw_t) % 2**32
            if d >= 2**31:
                d -= 2**32
            self.T += d
        self.raw_t = t
        T = self.T
        if self.last_T is not None and T <= self.last_T:
            self.stats["duplicate_batches"] += 1
            return True
        if self.last_T is not None and self.rate is not None:
            x = (T - self.last_T) * self.rate / 1000
            if x > Fraction(3, 2):
                self.stats["lost_samples"] += half_up(x) - 1
        if self.T_first is None:
            self.T_first = T
        self.last_T = T
        a = [self.accel(float(v)) for v in values[:3]]
        g = [self.gyro(float(v)) for v in values[3:]] if len(values) == 6 else [None] * 3
        self.samples.append({"seq": None, "t_s": float((T - self.T_first) / 1000),
                             "ax_g": a[0], "ay_g": a[1], "az_g": a[2],
                             "gx_dps": g[0], "gy_dps": g[1], "gz_dps": g[2]})
        self.stats["frames"] += 1
        self.stats["samples"] += 1
        return True

    def accel(self, v):
        u = self.accel_unit
        if u == "mps2":
            return v / STANDARD_GRAVITY
        if isinstance(u, tuple):
            return v / u[1]
        return v

    def gyro(self, v):
        u = self.gyro_unit
        if u == "rads":
            return v * 180.0 / math.pi
        if isinstance(u, tuple):
            return v / u[1]
        return v


def lower_hex(line):
    return line[:-2] + line[-2:].lower()


def checksum_line(body):
    x = 0
    for c in body:
        x ^= ord(c)
    return "%s*%02X" % (body, x)


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

CASES = []


def case(name, description, pieces, direction="device_to_host", mode="binary", check=None):
    CASES.append({"name": name, "description": description, "direction": direction,
                  "mode": mode, "pieces": pieces, "check": check})


def expect(**want):
    """A check that the model's stats contain the given values (guards the generator)."""
    def check(exp):
        for k, v in want.items():
            if k == "messages":
                assert len(exp["messages"]) == v, (k, len(exp["messages"]), v)
            else:
                assert exp["stats"][k] == v, (k, exp["stats"][k], v)
    return check


def batches(first_seq, t0, n_batches, per, rate=100, gyro=True, seed=1):
    out = []
    for b in range(n_batches):
        seq = first_seq + b * per
        out.append(mk_batch(seq, t0 + offset_us(b * per, rate), per, rate, gyro, seed))
    return out


def build_cases():
    H = hello()
    HA = hello_accel_only()

    # --- every device message type ---------------------------------------------------------
    case("hello-with-gyro", "HELLO of a 6-axis sensor (MPU-6050, ±2 g at 16384 LSB/g, "
         "±2000 dps at 16.4 LSB/dps), preceded by the optional power-up delimiter.",
         [R(b"\x00", "power-up delimiter: an empty frame, counted nowhere"), F(H)],
         check=expect(frames=1, messages=1))
    case("hello-accel-only", "HELLO of an accelerometer-only sensor: gyro_full_scale_dps = 0 "
         "and gyro_lsb_per_dps_x100 = 0.", [F(HA)], check=expect(frames=1))
    case("hello-empty-model", "HELLO with model_len = 0 and placement 0 (unspecified).",
         [F(hello(model="", placement=0, fw=(0, 0, 1), device_id=0xFFFFFFFF))],
         check=expect(frames=1))
    case("sample-batch-3axis", "HELLO (accelerometer only) then one 3-axis batch of 4 samples "
         "including the int16 extremes.",
         [F(HA), F(batch(0, 1000000, [[0, 0, 256], [-32768, 32767, 255], [1, -1, 0],
                                      [12, -300, 260]]))],
         check=expect(frames=2, samples=4))
    case("sample-batch-6axis", "HELLO then one 6-axis batch of 5 samples including the int16 "
         "extremes.",
         [F(H), F(batch(7, 123456, [[0, 0, 16384, 0, 0, 0],
                                    [-32768, 32767, -16384, 1640, -1640, 164],
                                    [100, -200, 16000, 32767, -32768, 1],
                                    [-1, 1, 16383, -1, 1, 0],
                                    [8192, 0, 14189, 820, 0, -820]]))],
         check=expect(frames=2, samples=5))
    case("status", "STATUS messages (no HELLO needed): charging flag, external-power flag, "
         "unknown battery, dropped_total.",
         [F(status(500000, 3950, 0x01, 0)), F(status(1500000, 0, 0x02, 12)),
          F(status(2500000, 4200, 0x03, 4294967295))],
         check=expect(frames=3))
    case("event", "EVENT messages of every kind.",
         [F(event(1000000, 1, 0)), F(event(2000000, 2, 0)), F(event(3000000, 3, 7))],
         check=expect(frames=3))
    case("ack", "ACK messages answering every command, every result code; PING echoes its "
         "token.",
         [F(ack(C_START)), F(ack(C_STOP)), F(ack(C_SET_RATE, 2)), F(ack(C_IDENTIFY, 1)),
          F(ack(C_PING, 0, 0xDEADBEEF)), F(ack(C_GET_HELLO, 3))],
         check=expect(frames=6))
    case("appended-fields-ignored", "Bodies longer than the fields this host knows "
         "(PROTOCOL.md §3): a HELLO, a batch and a STATUS with extra trailing bytes are decoded "
         "normally and the extra bytes ignored.",
         [F(raw_message(1, T_HELLO, encode_message(H)[2:] + b"\x07\x00\xff\x10")),
          F(raw_message(1, T_BATCH, encode_message(mk_batch(0, 0, 3))[2:] + b"\xaa\xbb")),
          F(raw_message(1, T_STATUS, encode_message(status(40000))[2:] + b"\x00")),
          F(mk_batch(3, 30000, 3))],
         check=expect(frames=4, samples=6, malformed=0))

    # --- host commands ----------------------------------------------------------------------
    h2d = dict(direction="host_to_device")
    case("cmd-start-stream", "START_STREAM (no body).", [F(cmd("start_stream"))], **h2d)
    case("cmd-stop-stream", "STOP_STREAM (no body).", [F(cmd("stop_stream"))], **h2d)
    case("cmd-set-rate", "SET_RATE to 200 Hz and to 4000 Hz.",
         [F(cmd("set_rate", rate_hz=200)), F(cmd("set_rate", rate_hz=4000))], **h2d)
    case("cmd-identify", "IDENTIFY for 5 s and 255 s.",
         [F(cmd("identify", seconds=5)), F(cmd("identify", seconds=255))], **h2d)
    case("cmd-ping", "PING with a token (the device echoes it in its ACK).",
         [F(cmd("ping", token=0x12345678)), F(cmd("ping", token=0))], **h2d)
    case("cmd-get-hello", "GET_HELLO (no body).", [F(cmd("get_hello"))], **h2d)
    case("cmd-handshake", "The host handshake of PROTOCOL.md §5: a lone delimiter, GET_HELLO, "
         "START_STREAM.",
         [R(b"\x00", "delimiter ending any partial frame the device holds"),
          F(cmd("get_hello")), F(cmd("start_stream"))], **h2d)
    case("cmd-device-resync", "Device-side command decoding with damage. Every piece ends with "
         "a delimiter, so pieces decode independently: garbage, a bad CRC, a runt, a version-2 "
         "command and a device message type are ignored; an unknown command type is reported "
         "as unsupported (ACK result 1), a SET_RATE with a short body as a bad argument (ACK "
         "result 2), a PING with appended bytes is accepted.",
         [R(b"\x13\x37\xfe\x00", "garbage ended by a delimiter"),
          F(cmd("ping", token=1)),
          R(corrupt(cmd("ping", token=2)), "PING with a flipped data byte: bad CRC"),
          R(b"\x02\x01\x00", "runt"),
          F(raw_message(2, C_PING, u32(3))),
          F(raw_message(1, 0x8F, b"")),
          F(raw_message(1, C_SET_RATE, b"\xc8")),
          F(raw_message(1, C_PING, u32(4) + b"\x01\x02")),
          F(raw_message(1, T_HELLO, encode_message(H)[2:])),
          R(bytes([0x41] * 80) + b"\x00", "80 bytes without a delimiter, then one"),
          F(cmd("stop_stream"))], **h2d)

    # --- corruption and framing -------------------------------------------------------------
    b = batches(0, 1000000, 6, 5)
    case("bad-crc", "A batch with one flipped byte fails its CRC and is dropped; the next batch "
         "reveals its 5 samples as lost.",
         [F(H), F(b[0]), R(corrupt(b[1], 3), "batch seq 5 with one data byte flipped"),
          F(b[2]), F(b[3])],
         check=expect(crc_errors=1, lost_samples=5, samples=15, frames=4))
    fb1 = frame_bytes(b[1])
    fb4 = frame_bytes(b[4])
    case("truncated-frame", "A batch cut short before its delimiter glues onto the next frame: "
         "both are lost as one CRC error. Then a batch whose middle bytes were lost but whose "
         "delimiter arrived: one more CRC error.",
         [F(H), F(b[0]), R(fb1[:len(fb1) // 2], "first half of batch seq 5, no delimiter"),
          F(b[2]), F(b[3]), R(fb4[:20] + fb4[40:], "batch seq 20 with 20 bytes missing"),
          F(b[5])],
         check=expect(crc_errors=2, lost_samples=15, samples=15))
    case("garbage-between-frames", "Line noise ended by a 0x00 costs nothing but itself; noise "
         "without a 0x00 glues onto the next frame and costs that frame; runs of delimiters "
         "are empty frames.",
         [F(H), F(b[0]), R(b"\xde\xad\xbe\xef\x00", "noise then a delimiter"), F(b[1]),
          R(b"\x13\x37\x42", "noise, no delimiter"), F(b[2]),
          R(b"\x00\x00\x00", "empty frames"), F(b[3])],
         check=expect(crc_errors=2, lost_samples=5, samples=15))
    rng = XorShift32(99)
    g515, g516, g600 = rng.nonzero_bytes(515), rng.nonzero_bytes(516), rng.nonzero_bytes(600)
    assert cobs_decode(g515) is None or crc16(cobs_decode(g515)[:-2]) != 0
    case("oversize-garbage", "Runs without a delimiter: 515 bytes (= MAX_ENCODED, decoded and "
         "rejected: crc_errors), 516 bytes (oversize), and 600 bytes that swallow the next "
         "batch (oversize; all bytes up to the delimiter are skipped).",
         [F(H), F(b[0]), R(g515 + b"\x00", "515 non-zero bytes then a delimiter"), F(b[1]),
          R(g516 + b"\x00", "516 non-zero bytes then a delimiter"), F(b[2]),
          R(g600, "600 non-zero bytes, no delimiter"), F(b[3]), F(b[4])],
         check=expect(oversize=2, crc_errors=1, lost_samples=5,
                      bytes_skipped=515 + 516 + 600 + len(frame_bytes(b[3])) - 1))
    case("runt", "Frames that decode to fewer than 4 bytes are runts; empty frames count "
         "nowhere.",
         [F(H), F(b[0]), R(b"\x01\x00", "decodes to 0 bytes"),
          R(b"\x02\x01\x00", "decodes to 1 byte"),
          R(b"\x04\x01\x02\x03\x00", "decodes to 3 bytes"),
          R(b"\x03\x01\x02\x01\x00", "decodes to 3 bytes (with a zero)"),
          R(b"\x00", "empty frame"), F(b[1])],
         check=expect(runts=4, bytes_skipped=1 + 2 + 4 + 4, samples=10))
    bad_cobs = bytearray(frame_bytes(b[1]))
    bad_cobs[0] = 0xFE  # first code byte now points far beyond the end of the frame
    case("cobs-invalid", "Frames that are not valid COBS (a code byte pointing past the "
         "delimiter) are counted as crc_errors.",
         [F(H), F(b[0]), R(bytes(bad_cobs), "batch seq 5 with its first code byte set to 0xfe"),
          R(b"\x05\x01\x02\x00", "code 5 with only 2 bytes following"),
          R(b"\x02\x00", "code 2 with nothing following (also invalid, not a runt)"),
          F(b[2])],
         check=expect(crc_errors=3, runts=0, lost_samples=5))

    # --- wraps and sizes --------------------------------------------------------------------
    case("seq-wrap", "Sequence numbers wrap at 2^32, inside a batch and between batches, "
         "without loss; then a 3-sample gap across nothing special.",
         [F(H), F(mk_batch(2**32 - 6, 7000000, 5)), F(mk_batch(2**32 - 1, 7050000, 5)),
          F(mk_batch(4, 7100000, 5)), F(mk_batch(12, 7180000, 5))],
         check=expect(lost_samples=3, samples=20))
    tw = 2**32 - 25000
    case("timestamp-wrap", "t_us wraps at 2^32 inside a batch (sample 3 of the first batch) "
         "and the unwrapped time keeps increasing; a STATUS stamped slightly before the last "
         "batch is harmless.",
         [F(H), F(mk_batch(100, tw, 10)), F(mk_batch(110, tw + 100000, 10)),
          F(status(tw + 150000)), F(mk_batch(120, tw + 200000, 10)),
          F(status(tw + 280000)), F(mk_batch(130, tw + 300000, 10))],
         check=expect(samples=40, lost_samples=0))

    def nonzero_samples(n, axes, seed):
        r = XorShift32(seed)
        out = []
        for _ in range(n):
            s = []
            for _ in range(axes):
                while True:
                    v = (r.next() & 0xFFFF)
                    if v & 0xFF and v >> 8:
                        break
                s.append(v - 65536 if v >= 32768 else v)
            out.append(s)
        return out

    def no_zero_frame(seq, t_us, n, axes, seed):
        """A batch whose message+CRC contains no zero byte (tweak a sample until so)."""
        samples = nonzero_samples(n, axes, seed)
        k = 0
        while True:
            m = batch(seq, t_us, samples)
            mb = encode_message(m)
            full = mb + u16(crc16(mb))
            if 0 not in full:
                return m
            k += 1
            samples[-1][-1] = nonzero_samples(1, 1, seed * 1000 + k)[0][0]

    big = no_zero_frame(0x01020304, 0x05060708, 40, 6, 7)
    assert len(frame_bytes(big)) == 494 + 2 + 1
    case("max-size-frame", "The largest batch: 40 samples × 6 axes, a 492-byte message "
         "(494 with CRC) with no zero byte, so COBS needs a 255-code block and one more: 496 "
         "encoded bytes + delimiter.",
         [F(hello()), F(big)], check=expect(samples=40, frames=2))
    edge6 = no_zero_frame(0x11111111, 0x22222222, 20, 6, 11)
    assert frame_bytes(edge6)[0] == 0xFF and len(frame_bytes(edge6)) == 256
    case("cobs-block-at-end", "A 20 × 6 batch whose 254-byte message+CRC has no zero byte: it "
         "encodes as exactly one 255-code block, and that block ends the frame (no extra "
         "0x01 block).", [F(H), F(edge6)], check=expect(samples=20))
    edge3 = no_zero_frame(0x01010101, 0x01010101, 40, 3, 13)
    assert frame_bytes(edge3)[0] == 0xFF and len(frame_bytes(edge3)) == 256
    case("cobs-block-at-end-3axis", "A 40 × 3 batch (254 bytes with CRC, no zero byte): one "
         "255-code block ending the frame.", [F(HA), F(edge3)], check=expect(samples=40))

    # 30 × 6 batch: frame 374 bytes, byte 119 is zero, bytes 120..373 non-zero → the frame ends
    # with a 255-code block that follows a zero.
    def zero_then_block(seed):
        k = 0
        while True:
            samples = nonzero_samples(30, 6, seed + k)
            samples[8][5] = 0x0055  # frame byte 12 + 8*12 + 10 = 118 (lo), 119 (hi = 0)
            m = batch(0x01010101, 0x01010101, samples)
            mb = encode_message(m)
            full = mb + u16(crc16(mb))
            if full[119] == 0 and 0 not in full[120:]:
                return m
            k += 1

    zb = zero_then_block(21)
    enc = frame_bytes(zb)
    assert enc[-256] == 0xFF and enc[0] == 120 and len(enc) == 374 + 1 + 1
    case("cobs-block-at-end-after-zero", "A 30 × 6 batch whose last 254 bytes (with CRC) are "
         "non-zero and preceded by a zero: the frame ends with a 255-code block that is not the "
         "first block.", [F(H), F(zb)], check=expect(samples=30))

    def run_then_zero(seed):
        k = 0
        while True:
            samples = nonzero_samples(30, 6, seed + k)
            # frame bytes 0..11 header (seq/t_us chosen non-zero), samples start at 12;
            # the zero at frame index 254 = 12 + 20*12 + 2: sample 20, ay low byte
            samples[20][1] = 0x4100
            m = batch(0x01010101, 0x01010101, samples)
            mb = encode_message(m)
            full = mb + u16(crc16(mb))
            if 0 not in full[:254] and full[254] == 0:
                return m
            k += 1

    rz = run_then_zero(31)
    enc = frame_bytes(rz)
    assert enc[0] == 0xFF and enc[255] == 0x01
    case("cobs-255-block-then-zero", "A frame starting with 254 non-zero bytes followed by a "
         "zero: a 255-code block (no implied zero) then a 0x01 block for the zero.",
         [F(H), F(rz)], check=expect(samples=30))

    # --- loss, duplicates, order ----------------------------------------------------------
    b10 = batches(0, 2000000, 8, 5)
    case("lost-samples", "Gaps in seq are lost samples: 5 missing, then 10 missing.",
         [F(H), F(b10[0]), F(b10[1]), F(b10[3]), F(b10[6]), F(b10[7])],
         check=expect(lost_samples=15, samples=25))
    case("duplicate-batch", "An exact repeat of the last delivered batch is dropped and counted "
         "once per repeat.",
         [F(H), F(b10[0]), F(b10[1]), F(b10[1]), F(b10[1]), F(b10[2])],
         check=expect(duplicate_batches=2, samples=15, frames=6))
    case("out-of-order-batch", "A batch arriving after a later one: its samples were already "
         "counted lost and stay lost; it is counted out of order. A batch lying before expected "
         "that is not the last delivered one is out of order too.",
         [F(H), F(b10[0]), F(b10[2]), F(b10[1]), F(b10[3]), F(b10[0])],
         check=expect(out_of_order_batches=2, lost_samples=5, samples=15))
    case("overlapping-batch", "A batch that starts before expected but reaches past it: only "
         "the samples from expected on are delivered (with their own times).",
         [F(H), F(mk_batch(0, 3000000, 10)), F(mk_batch(5, 3050000, 10)),
          F(mk_batch(15, 3150000, 10))],
         check=expect(samples=25, lost_samples=0, duplicate_batches=0,
                      out_of_order_batches=0))

    # --- versions, types, malformed ---------------------------------------------------------
    case("unknown-type", "Frames with a valid CRC and version 1 but an unknown type (0x06, "
         "0x7f, a host command type) are counted as unknown_type; decoding continues.",
         [F(H), F(b[0]), F(raw_message(1, 0x06, b"\x01\x02\x03")),
          F(raw_message(1, 0x7F, b"")), F(raw_message(1, C_PING, u32(5))), F(b[1])],
         check=expect(unknown_type=3, samples=10, frames=3))
    case("future-version", "Frames of protocol version 2 (and 0, 255) are counted as "
         "unsupported_version and dropped; version-1 frames around them decode normally.",
         [F(raw_message(2, T_HELLO, b"\x02" * 30)), F(H),
          F(raw_message(2, T_BATCH, encode_message(b[0])[2:])), F(b[0]),
          F(raw_message(0, T_STATUS, b"")), F(raw_message(255, 0xFF, b"\xff\xff")), F(b[1])],
         check=expect(unsupported_version=4, samples=10))
    hb = encode_message(H)[2:]
    bb = encode_message(b[1])[2:]
    case("malformed-body", "Valid CRC, known type, body too short or invalid: counted as "
         "malformed and dropped (a dropped batch does not move sequence tracking).",
         [F(H), F(b[0]),
          F(raw_message(1, T_HELLO, hb[:17])),
          F(raw_message(1, T_HELLO, hb[:-1])),
          F(raw_message(1, T_BATCH, bb[:9])),
          F(raw_message(1, T_BATCH, bb[:-1])),
          F(raw_message(1, T_BATCH, bb[:8] + b"\x00\x06" + bb[10:])),
          F(raw_message(1, T_BATCH, bb[:8] + b"\x29\x06" + bb[10:] + bytes(502 - len(bb)))),
          F(raw_message(1, T_BATCH, bb[:8] + b"\x05\x04" + bb[10:])),
          F(raw_message(1, T_BATCH, bb[:8] + b"\x05\x03" + bb[10:])),
          F(raw_message(1, T_STATUS, encode_message(status(1))[2:-1])),
          F(raw_message(1, T_EVENT, encode_message(event(1, 1))[2:-1])),
          F(raw_message(1, T_ACK, encode_message(ack(C_PING))[2:-1])),
          F(raw_message(1, T_BATCH, b"")),
          F(b[1]), F(b[2])],
         check=expect(malformed=12, samples=15, lost_samples=0))

    def hello_body(**kw):
        return encode_message(hello(**kw))[2:]

    model33 = hello_body(model="X" * 32)
    model33 = model33[:17] + b"\x21" + model33[18:] + b"Y"
    case("malformed-hello-values", "HELLOs with invalid values are malformed and ignored: "
         "sample_rate_hz = 0, accel_lsb_per_g = 0, model_len = 33, a gyroscope range with a "
         "zero LSB, model_len beyond the body. The batch that follows them has no HELLO yet and "
         "is malformed too; after a valid HELLO decoding starts.",
         [F(raw_message(1, T_HELLO, hello_body(rate=0))),
          F(raw_message(1, T_HELLO, hello_body(accel_lsb=0))),
          F(raw_message(1, T_HELLO, model33)),
          F(raw_message(1, T_HELLO, hello_body(gyro_lsb_x100=0))),
          F(raw_message(1, T_HELLO, hello_body(model="ABCDEFGHIJ")[:-5])),
          F(b[0]), F(H), F(b[1])],
         check=expect(malformed=6, samples=5, frames=2))
    case("batch-before-hello", "Batches before any HELLO cannot be converted to physical "
         "units: dropped and counted as malformed (they do not start sequence tracking). "
         "STATUS before HELLO is fine. The first batch after the HELLO starts the stream at "
         "t = 0 without loss.",
         [F(b[0]), F(status(1010000)), F(b[1]), F(H), F(b[2]), F(b[3])],
         check=expect(malformed=2, samples=10, lost_samples=0, frames=4))

    # --- epochs -----------------------------------------------------------------------------
    case("reboot-new-epoch", "The device rebooted: HELLO then seq restarting at 0 and t_us "
         "reset. A new epoch starts: no loss counted, its first sample one sample period after "
         "the last delivered one.",
         [F(H), F(mk_batch(1000, 50000000, 10)), F(mk_batch(1010, 50100000, 10)),
          F(status(50150000)), F(H), F(status(300000)), F(mk_batch(0, 400000, 10)),
          F(mk_batch(10, 500000, 10)), F(mk_batch(25, 650000, 10))],
         check=expect(samples=50, lost_samples=5))
    case("hello-continues-epoch", "A HELLO (e.g. answer to GET_HELLO) in the middle of a "
         "stream: the next batch continues the epoch (d = 0), and after another HELLO a gap of "
         "5999 samples (< 60 × rate) is counted as lost.",
         [F(H), F(mk_batch(0, 1000000, 10)), F(H), F(mk_batch(10, 1100000, 10)),
          F(H), F(mk_batch(6019, 61190000, 10))],
         check=expect(samples=30, lost_samples=5999))
    case("hello-seq-jump-new-epoch", "After a HELLO, a batch 6000 samples (= 60 × rate) ahead "
         "starts a new epoch (no loss); a batch behind expected after a HELLO also starts one.",
         [F(H), F(mk_batch(0, 1000000, 10)), F(H), F(mk_batch(6010, 61100000, 10)),
          F(H), F(mk_batch(3, 70000, 10))],
         check=expect(samples=30, lost_samples=0))
    h4g = hello(accel_fs=4, accel_lsb=8192, gyro_fs=500, gyro_lsb_x100=6550)
    case("hello-scale-change", "A HELLO with different scale factors (±4 g at 8192 LSB/g, "
         "±500 dps at 65.5 LSB/dps) applies to the batches after it; the epoch continues.",
         [F(H), F(batch(0, 0, [[16384, 0, 0, 1640, 0, 0]] * 2)), F(h4g),
          F(batch(2, 20000, [[16384, 0, 0, 1640, 0, 0]] * 2))],
         check=expect(samples=4))
    case("rate-change", "After SET_RATE the device sends a HELLO with the new rate (100 → 200 "
         "Hz); the next batch continues the epoch and its sample offsets use 200 Hz.",
         [F(H), F(mk_batch(0, 0, 5)), F(ack(C_SET_RATE)), F(hello(rate=200)),
          F(mk_batch(5, 50000, 5, rate=200))],
         check=expect(samples=10, lost_samples=0))
    case("sample-time-rounding", "Sample offsets are i·1e6/rate rounded half up in integer "
         "microseconds: at 3200 Hz 312.5 µs → 313, 937.5 → 938; at 3 Hz 333333.3 → 333333, "
         "666666.7 → 666667.",
         [F(hello(rate=3200)), F(mk_batch(0, 1000, 4, rate=3200)), F(hello(rate=3)),
          F(mk_batch(4, 2250, 3, rate=3)), F(mk_batch(7, 1002250, 2, rate=3))],
         check=expect(samples=9, lost_samples=0))
    case("time-clamp", "Delivered sample times never decrease: a batch stamped 10 ms too early "
         "gets its first samples clamped to the previous sample's time; a STATUS stamped "
         "before the last batch is harmless.",
         [F(H), F(mk_batch(0, 1000000, 5)), F(status(1030000)), F(mk_batch(5, 1030000, 5)),
          F(mk_batch(10, 1100000, 5))],
         check=expect(samples=15))
    case("empty-frames", "Leading, repeated and trailing delimiters are empty frames and count "
         "nowhere.",
         [R(b"\x00\x00\x00", "leading delimiters"), F(H), R(b"\x00", "one more"), F(b[0]),
          R(b"\x00" * 10, "ten more")],
         check=expect(frames=2, bytes_skipped=0, runts=0, samples=5))

    # --- long mixed stream ------------------------------------------------------------------
    pieces = [R(b"\x00", "power-up delimiter"), F(H)]
    rng = XorShift32(2024)
    per, rate = 5, 100
    t0 = 10000000
    for k in range(200):
        seq = k * per
        t = t0 + seq * 10000
        m = mk_batch(seq, t, per, rate, True, seed=3)
        if k % 20 == 10:
            pieces.append(F(status(t - 2000, 3900 - k, 0, 0)))
        if k == 37:
            pieces.append(R(corrupt(m, 17), "batch seq %d with a flipped byte" % seq))
        elif k == 80:
            pieces.append(R(rng.nonzero_bytes(7), "7 noise bytes glued to the next frame"))
            pieces.append(F(m))
        elif k == 120:
            fb = frame_bytes(m)
            pieces.append(R(fb[:-9], "batch seq %d truncated (delimiter lost)" % seq))
        elif k == 150:
            pieces.append(F(m))
            pieces.append(F(m))
        elif k == 170:
            pieces.append(F(ack(C_GET_HELLO)))
            pieces.append(F(H))
            pieces.append(F(m))
        elif k == 185:
            pieces.append(R(rng.nonzero_bytes(30) + b"\x00", "noise burst ended by a zero"))
            pieces.append(F(m))
        else:
            pieces.append(F(m))
        if k == 60:
            pieces.append(F(event(t + 30000, 2, 0)))
    case("long-mixed-stream", "200 batches of 5 samples (6 axes, 100 Hz) of a slow tilt "
         "signal with STATUS, EVENT, ACK and a repeated HELLO, and corruptions: a flipped byte, "
         "noise glued to a frame, a truncated frame swallowing its successor, a duplicate "
         "batch, a noise burst. For whole, byte-by-byte and split-point decoding.",
         pieces, check=expect(crc_errors=4, duplicate_batches=1, lost_samples=20, samples=980))

    # --- text mode --------------------------------------------------------------------------
    txt = dict(mode="text")

    def lines(*ls, eol="\n"):
        return R("".join(l + eol for l in ls), "text lines")

    case("text-plain-header", "Text mode without a hello line: a column header then 7-field "
         "lines; units default to g and deg/s, no rate so no gap counting.",
         [lines("t_ms,ax,ay,az,gx,gy,gz",
                "1000,0.012,-0.981,0.105,0.50,-0.25,0.10",
                "1010,0.013,-0.980,0.104,0.45,-0.30,0.12",
                "1020,  0.014 , -0.979,0.103 ,0.40,-0.35,0.14",
                "1100,1,9.81e-1,-1e-2,-0.5,0.25,5")],
         check=expect(frames=4, samples=4, lost_samples=0), **txt)
    case("text-hello-mps2", "A #reptempo hello line with accel=mps2 and gyro=rads: values are "
         "converted with 1 g = 9.80665 m/s² and 1 rad = 180/π deg.",
         [lines("#reptempo v=1 rate=100 accel=mps2 gyro=rads model=MPU-6050 "
                "placement=lower-back",
                "t_ms,ax,ay,az,gx,gy,gz",
                "5000,0.0,0.0,9.80665,0.0,0.0,0.0",
                "5010,0.5,-9.5,1.2,0.1,-0.2,3.14159",
                "5020,0.6,-9.4,1.3,0.2,-0.1,1.0")],
         check=expect(frames=3, messages=1), **txt)
    case("text-hello-lsb", "A #reptempo hello line with raw counts: accel=lsb:16384 and "
         "gyro=lsb:16.4 (counts per deg/s); an unknown key is ignored.",
         [lines("#reptempo v=1 rate=50 accel=lsb:16384 gyro=lsb:16.4 model=MPU-6050 "
                "color=blue",
                "0,0,0,16384,0,0,0",
                "20,-8192,100,14189,164,-164,1640",
                "40,32767,-32768,1,16,-16,0")],
         check=expect(frames=3, messages=1), **txt)
    case("text-checksum-good", "Lines with correct *hh checksums (upper- and lower-case hex) "
         "and lines without a checksum are accepted.",
         [lines("#reptempo v=1 rate=100 accel=g gyro=dps model=MPU-6050",
                checksum_line("1000,0.012,-0.981,0.105,0.50,-0.25,0.10"),
                lower_hex(checksum_line("1010,0.013,-0.980,0.104,0.45,-0.30,0.12")),
                "1020,0.014,-0.979,0.103,0.40,-0.35,0.14",
                checksum_line("1030,0.015,-0.978,0.102,0.35,-0.40,0.16"))],
         check=expect(frames=4, crc_errors=0), **txt)
    good = checksum_line("2010,0.1,0.2,0.9,1,2,3")
    bad = good[:-2] + "%02X" % (int(good[-2:], 16) ^ 0x01)
    case("text-checksum-bad", "A line whose checksum does not match is counted in crc_errors "
         "and dropped (then the next line's gap is counted as lost at 100 Hz); a '*' not "
         "followed by exactly two hex digits is malformed.",
         [lines("#reptempo v=1 rate=100",
                checksum_line("2000,0.1,0.2,0.9,1,2,3"), bad,
                checksum_line("2020,0.1,0.2,0.9,1,2,3"),
                "2030,0.1,0.2,0.9,1,2,3*G1",
                "2040,0.1,0.2,0.9,1,2,3*4",
                checksum_line("2050,0.1,0.2,0.9,1,2,3"))],
         check=expect(frames=3, crc_errors=1, malformed=2, lost_samples=3, bytes_skipped=25 + 25 + 24),
         **txt)
    case("text-millis-wrap", "millis() wraps at 2^32 and is unwrapped: times keep increasing "
         "by 10 ms across the wrap, no loss.",
         [lines("#reptempo v=1 rate=100 accel=g gyro=none",
                "4294967270,0,0,1", "4294967280,0,0,1", "4294967290,0,0.1,1", "4,0,0.2,1",
                "14,0,0.3,1", "24,0,0.4,1")],
         check=expect(frames=6, lost_samples=0, duplicate_batches=0), **txt)
    case("text-accel-only", "4-field lines: accelerometer only, gyro fields null.",
         [lines("#reptempo v=1 rate=25 accel=g gyro=none model=ADXL345 placement=left-hip",
                "t_ms,ax_g,ay_g,az_g", "0,0.01,0.02,0.99", "40,0.02,0.03,0.98",
                "80,0.03,0.04,0.97")],
         check=expect(frames=3), **txt)
    case("text-malformed-lines", "Unparseable lines are counted as malformed and dropped: "
         "5 fields, 8 fields, a non-number, an empty field, a negative time (t_ms is unsigned), "
         "'nan'; an otherwise valid line longer than 200 characters is counted as oversize. "
         "Dropped lines add their bytes (without the \\n) to bytes_skipped. Comments and blank "
         "lines count nowhere.",
         [lines("#reptempo v=1 rate=100 accel=g gyro=dps",
                "# a comment",
                "100,0,0,1,0,0,0",
                "110,0,0,1,0",
                "110,0,0,1,0,0,0,0",
                "110,0,zero,1,0,0,0",
                "110,0,,1,0,0,0",
                "-110,0,0,1,0,0,0",
                "110,nan,0,1,0,0,0",
                "110,0." + "0" * 230 + ",0,1,0,0,0",
                "",
                "110,0,0,1,0,0,0")],
         check=expect(frames=2, malformed=6, oversize=1, bytes_skipped=11 + 17 + 18 + 14 + 16 + 17 + 246),
         **txt)
    case("text-crlf", "A file with CRLF line endings: the \\r is ignored (also for the "
         "checksum).",
         [lines("#reptempo v=1 rate=100 accel=g gyro=dps", "t_ms,ax,ay,az,gx,gy,gz",
                checksum_line("0,0,0,1,0,0,0"), "10,0,0.1,1,1,0,0",
                checksum_line("20,0,0.2,1,2,0,0"), eol="\r\n")],
         check=expect(frames=3, crc_errors=0, malformed=0), **txt)
    case("text-duplicate-times", "Lines whose time does not advance (repeated or going back) "
         "are counted as duplicates (duplicate_batches) and dropped.",
         [lines("#reptempo v=1 rate=100", "1000,0,0,1", "1010,0,0,1", "1010,0,0,1.1",
                "1005,0,0,1.2", "1020,0,0,1")],
         check=expect(frames=3, duplicate_batches=2, lost_samples=0), **txt)
    case("text-time-gap", "With rate=100, a gap longer than 1.5 periods counts "
         "round(gap × rate) - 1 lost samples (half up): 50 ms → 4, exactly 15 ms → 0, 25 ms → 2 "
         "(2.5 rounds up to 3), 12 ms → 0.",
         [lines("#reptempo v=1 rate=100 accel=g gyro=dps", "0,0,0,1", "50,0,0,1", "65,0,0,1",
                "90,0,0,1", "102,0,0,1")],
         check=expect(frames=5, lost_samples=6), **txt)
    case("text-column-units", "No hello line; the column header carries the units "
         "(ax_mps2 ... gx_rads ...).",
         [lines("t_ms,ax_mps2,ay_mps2,az_mps2,gx_rads,gy_rads,gz_rads",
                "0,0,0,9.80665,0,0,0", "10,1,-1,9,0.5,-0.5,0.01")],
         check=expect(frames=2), **txt)
    case("text-decimal-time", "Decimal t_ms values (400 Hz, 2.5 ms steps).",
         [lines("#reptempo v=1 rate=400 accel=g gyro=dps", "0,0,0,1,0,0,0",
                "2.5,0,0,1,0,0,0", "5.0,0,0,1,0,0,0", "7.5,0,0,1,0,0,0", "12.5,0,0,1,0,0,0")],
         check=expect(frames=5, lost_samples=1), **txt)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def is_scalar(v):
    return v is None or isinstance(v, (bool, int, float, str))


def dump(v, indent=0):
    """JSON with 2-space indentation; scalar lists and all-scalar objects on one line."""
    pad = "  " * indent
    if is_scalar(v):
        return json.dumps(v)
    if isinstance(v, list):
        if all(is_scalar(x) for x in v):
            return "[" + ", ".join(json.dumps(x) for x in v) + "]"
        if not v:
            return "[]"
        inner = ",\n".join(pad + "  " + dump(x, indent + 1) for x in v)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(v, dict):
        if all(is_scalar(x) for x in v.values()):
            return "{" + ", ".join(json.dumps(k) + ": " + json.dumps(x) for k, x in v.items()) + "}"
        inner = ",\n".join(pad + "  " + json.dumps(k) + ": " + dump(x, indent + 1)
                           for k, x in v.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(type(v))


def render(c):
    stream = b"".join(bytes.fromhex(p["hex"]) for p in c["pieces"])
    out = {"name": c["name"], "description": c["description"], "direction": c["direction"],
           "mode": c["mode"], "pieces": c["pieces"], "stream_hex": stream.hex()}
    if c["direction"] == "device_to_host":
        host = TextHost() if c["mode"] == "text" else BinaryHost()
        host.feed(stream)
        if c["mode"] == "binary":
            assert not host.buf and not host.discarding, c["name"] + ": stream must end on 0x00"
        else:
            assert not host.pending, c["name"] + ": stream must end with a newline"
        out["expected"] = {"messages": host.messages, "samples": host.samples,
                           "stats": host.stats}
        if c["check"]:
            try:
                c["check"](out["expected"])
            except AssertionError as e:
                raise SystemExit("case %s: model disagrees with the intent: %s" % (c["name"], e))
    else:
        assert stream.endswith(b"\x00")
    return out


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    build_cases()
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    for c in CASES:
        text = dump(render(c)) + "\n"
        with open(os.path.join(out_dir, c["name"] + ".json"), "w", encoding="ascii",
                  newline="\n") as f:
            f.write(text)
    with open(os.path.join(out_dir, "index.json"), "w", encoding="ascii", newline="\n") as f:
        f.write('{\n  "cases": [\n' + ",\n".join("    " + json.dumps(n) for n in names)
                + "\n  ]\n}\n")
    known = set(n + ".json" for n in names) | {"index.json"}
    stale = sorted(f for f in os.listdir(out_dir) if f.endswith(".json") and f not in known)
    for f in stale:
        print("warning: stale vector file not written by this run: " + f, file=sys.stderr)
    print("wrote %d cases to %s" % (len(names), out_dir))


if __name__ == "__main__":
    main()
