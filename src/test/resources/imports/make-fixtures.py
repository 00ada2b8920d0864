#!/usr/bin/env python3
"""Writes the small import fixtures in this folder (run from here: python3 make-fixtures.py).

phyphox files follow FORMATS.md: quoted English header names, five separator/decimal variants,
10-significant-digit scientific numbers without '+' in the exponent, NaN (or "") padding, iOS
without a final line feed, Android's leading zero row in linear-acceleration files, UTF-8 units.
Arduino logs: header/label/positional columns, millis()/micros()/no time, g/m/s^2/raw counts,
comma/", "/tab/space separators, text lines from the board, repeated rows, two captures.
"""
import math
import re

G = 9.80665


def sci(v):
    s = f"{v:.9E}"
    return re.sub(r"E([+-])0*(\d)", lambda m: "E" + ("-" if m.group(1) == "-" else "") + m.group(2), s)


def phyphox_accel(n=100, rate=100.0, linear=False, jitter=False):
    rows = []
    for i in range(n):
        t = i / rate + (0.0004 * math.sin(i * 1.7) if jitter else 0.0)
        ax = 0.5 * math.sin(2 * math.pi * 0.5 * t)
        ay = 0.3
        az = 0.05 if linear else 9.7
        rows.append([t, ax, ay, az, math.sqrt(ax * ax + ay * ay + az * az)])
    return rows


def write_phyphox(name, header, rows, sep, comma, final_newline=True, pad=0, pad_cell="NaN"):
    lines = [sep.join('"' + h + '"' for h in header)]
    for r in rows:
        cells = [sci(v) for v in r]
        if comma:
            cells = [c.replace(".", ",") for c in cells]
        lines.append(sep.join(cells))
    for _ in range(pad):
        lines.append(sep.join([pad_cell] * len(header)))
    text = "\n".join(lines) + ("\n" if final_newline else "")
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write(text)


ACC = ["Time (s)", "Acceleration x (m/s^2)", "Acceleration y (m/s^2)", "Acceleration z (m/s^2)", "Absolute acceleration (m/s^2)"]
rows = phyphox_accel()
write_phyphox("phyphox-comma-point.csv", ACC, rows, ",", False)
write_phyphox("phyphox-tab-point.csv", ACC, rows, "\t", False)
write_phyphox("phyphox-semicolon-point.csv", ACC, rows, ";", False)
write_phyphox("phyphox-tab-comma.csv", ACC, rows, "\t", True)
# iOS: no final line feed, NaN padding at the end
write_phyphox("phyphox-semicolon-comma-ios.csv", ACC, rows, ";", True, final_newline=False, pad=3)
# older iOS padded with ""
write_phyphox("phyphox-old-ios-padding.csv", ACC, rows, ",", False, pad=2, pad_cell='""')

LIN = ["Time (s)", "Linear Acceleration x (m/s²)", "Linear Acceleration y (m/s²)", "Linear Acceleration z (m/s²)",
       "Absolute acceleration (m/s²)"]
lin = [[0.0, 0.0, 0.0, 0.0, 0.0]] + phyphox_accel(n=300, rate=250.0, linear=True, jitter=True)[1:]
write_phyphox("phyphox-linear-android.csv", LIN, lin, ",", False)

GYR = ["Time (s)", "Gyroscope x (rad/s)", "Gyroscope y (rad/s)", "Gyroscope z (rad/s)", "Absolute (rad/s)"]
gyr = []
for i in range(60):
    t = i / 50.0
    gx = 0.1 * t
    gyr.append([t, gx, -0.2, 0.0, math.hypot(gx, 0.2)])
write_phyphox("phyphox-gyroscope.csv", GYR, gyr, ",", False)

write_phyphox("phyphox-missing-column.csv", ACC[:3] + ACC[4:], [r[:3] + r[4:] for r in rows], ",", False)


def write(name, lines, final_newline=True):
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + ("\n" if final_newline else ""))


def motion(i, rate):
    t = i / rate
    return (0.1 * math.sin(t), -0.2, 0.97, 10 * math.sin(2 * t), -5.0, 2.5)


# header with units, millis() with irregular steps, a text line from the board, one repeated row
lines = ["MPU6050 ready", "time_ms,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps"]
ms = 1000
for i in range(120):
    ax, ay, az, gx, gy, gz = motion(i, 100)
    lines.append(f"{ms},{ax:.4f},{ay:.4f},{az:.4f},{gx:.2f},{gy:.2f},{gz:.2f}")
    if i == 50:
        lines.append(lines[-1])
    ms += (10, 10, 11, 9)[i % 4]
write("arduino-header-units.csv", lines)

# Serial Plotter labels, ", " separated, no time, rate stated by the board
lines = ["Sampling at 50 Hz"]
for i in range(100):
    ax, ay, az, *_ = motion(i, 50)
    lines.append(f"aX:{ax:.3f}, aY:{ay:.3f}, aZ:{az:.3f}")
write("arduino-plotter-labels.txt", lines)

# tab separated raw counts: micros(), 16384 counts/g, gyro 131 counts/(deg/s), no header
lines = []
us = 5_000_000
for i in range(150):
    ax, ay, az, gx, gy, gz = motion(i, 200)
    lines.append("\t".join(str(v) for v in (us, round(ax * 16384), round(ay * 16384), round(az * 16384),
                                             round(gx * 131), round(gy * 131), round(gz * 131))))
    us += 5000
write("arduino-raw-counts-tab.txt", lines)

# space separated, millis, m/s^2, two captures separated by blank lines (board reset)
lines = []
for cap, n in ((0, 40), (1, 60)):
    if cap:
        lines += ["", ""]
    for i in range(n):
        ax, ay, az, *_ = motion(i, 100)
        lines.append(f"{i * 10}  {ax * G:.3f} {ay * G:.3f} {az * G:.3f}")
write("arduino-two-captures.txt", lines)

# no time column, no rate anywhere; IDE line stamps on every line
lines = []
for i in range(80):
    ax, ay, az, *_ = motion(i, 100)
    lines.append(f"12:00:{i // 100:02d}.{(i * 10) % 1000:03d} -> {ax:.4f},{ay:.4f},{az:.4f}")
write("arduino-no-time.txt", lines, final_newline=False)

# values of no known unit (magnitude ~ 500)
write("arduino-unknown-units.txt", [f"{i * 10},{500 + i % 3},{3},{4}" for i in range(50)])

# every other line has another number of values
write("arduino-ragged.txt", [("1,2,3" if i % 2 else "1,2,3,4,5") for i in range(50)])
