#!/usr/bin/env python3
"""Read a fake_device stream from a tty/pty (or file), decode the binary frames and check them.

  smoke_read.py PATH [--idle S] [--max S] [--handshake] [--expect-rate HZ]

--handshake   send 0x00, GET_HELLO, START_STREAM, PING(0x5EED) first (PROTOCOL.md §5), so a
              fake_device started without --autostart streams, and check the ACKs.
Exits 0 when at least one batch arrived, nothing was corrupt and there was no sequence gap.
Standard library only.
"""
import argparse
import os
import select
import sys
import termios
import time
import tty


def crc16(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def cobs_encode(data):
    """COBS; a 255-code block that ends the input gets no extra block (PROTOCOL.md §2)."""
    out, code_pos, code, full = bytearray([0]), 0, 1, False
    for b in data:
        if full:
            code_pos, code, full = len(out), 1, False
            out.append(0)
        if b == 0:
            out[code_pos] = code
            code_pos, code = len(out), 1
            out.append(0)
        else:
            out.append(b)
            code += 1
            if code == 0xFF:
                out[code_pos], full = 0xFF, True
    if not full:
        out[code_pos] = code
    return bytes(out)


def cobs_decode(enc):
    out, i = bytearray(), 0
    while i < len(enc):
        c = enc[i]
        if c == 0 or i + c > len(enc):
            return None
        out += enc[i + 1:i + c]
        i += c
        if i < len(enc) and c != 0xFF:
            out.append(0)
    return bytes(out)


def frame(msg):
    return cobs_encode(msg + crc16(msg).to_bytes(2, "little")) + b"\x00"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--idle", type=float, default=1.5, help="stop after S seconds of silence")
    ap.add_argument("--max", type=float, default=60.0, help="stop after S seconds in total")
    ap.add_argument("--handshake", action="store_true")
    ap.add_argument("--expect-rate", type=int, default=0)
    a = ap.parse_args()

    fd = os.open(a.path, os.O_RDWR | os.O_NOCTTY)
    if os.isatty(fd):
        tty.setraw(fd)
        termios.tcflush(fd, termios.TCIFLUSH)  # discard anything buffered before we opened
    if a.handshake:
        os.write(fd, b"\x00" + frame(b"\x01\x86") + frame(b"\x01\x81")
                 + frame(b"\x01\x85" + (0x5EED).to_bytes(4, "little")))

    st = dict(bytes=0, frames=0, bad=0, hello=0, status=0, ack=0, batches=0, samples=0, gaps=0,
              lost=0, t_steps_bad=0)
    acks = []
    expected = None
    last_t = None
    count_prev = 0
    first_seq = last_seq = None
    rate = None
    buf = bytearray()
    t_start = time.monotonic()
    t_last_data = t_start
    while True:
        now = time.monotonic()
        if now - t_start > a.max or (st["bytes"] and now - t_last_data > a.idle):
            break
        r, _, _ = select.select([fd], [], [], 0.2)
        if not r:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break  # EIO: the other side closed
        if not data:
            break
        t_last_data = time.monotonic()
        st["bytes"] += len(data)
        for b in data:
            if b:
                buf.append(b)
                continue
            if not buf:
                continue
            dec = cobs_decode(bytes(buf))
            buf.clear()
            if dec is None or len(dec) < 4 or crc16(dec[:-2]) != int.from_bytes(dec[-2:], "little"):
                st["bad"] += 1
                continue
            msg = dec[:-2]
            st["frames"] += 1
            if msg[0] != 1:
                st["bad"] += 1
            elif msg[1] == 0x01:
                st["hello"] += 1
                rate = int.from_bytes(msg[9:11], "little")
            elif msg[1] == 0x03:
                st["status"] += 1
            elif msg[1] == 0x05:
                st["ack"] += 1
                acks.append((msg[2], msg[3], int.from_bytes(msg[4:8], "little")))
            elif msg[1] == 0x02:
                seq = int.from_bytes(msg[2:6], "little")
                t_us = int.from_bytes(msg[6:10], "little")
                count = msg[10]
                if expected is not None and seq != expected:
                    st["gaps"] += 1
                    st["lost"] += (seq - expected) % 2**32
                if last_t is not None and rate:
                    step = (t_us - last_t) % 2**32
                    want = (2 * count_prev * 1000000 + rate) // (2 * rate)
                    if abs(step - want) > 2:
                        st["t_steps_bad"] += 1
                if first_seq is None:
                    first_seq = seq
                expected = (seq + count) % 2**32
                last_seq = (seq + count - 1) % 2**32
                last_t = t_us
                count_prev = count
                st["batches"] += 1
                st["samples"] += count
    os.close(fd)
    dur = t_last_data - t_start
    print("read %(bytes)d bytes: %(frames)d frames (%(hello)d HELLO, %(status)d STATUS, "
          "%(ack)d ACK, %(batches)d batches, %(samples)d samples), %(bad)d bad frames, "
          "%(gaps)d seq gaps (%(lost)d samples lost), %(t_steps_bad)d irregular t_us steps" % st)
    if first_seq is not None:
        print("seq %d .. %d, rate from HELLO %s Hz, %.2f s of data" % (first_seq, last_seq, rate,
                                                                   dur))
    if acks:
        print("ACKs (command, result, token): " + ", ".join(
            "(0x%02x, %d, 0x%x)" % x for x in acks))
    ok = st["batches"] > 0 and st["bad"] == 0 and st["gaps"] == 0 and st["t_steps_bad"] == 0
    if a.expect_rate and rate != a.expect_rate:
        ok = False
    if a.handshake and not ((0x86, 0, 0) in acks and (0x81, 0, 0) in acks
                            and (0x85, 0, 0x5EED) in acks):
        print("missing or wrong ACKs")
        ok = False
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
