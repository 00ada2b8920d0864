package com.reptempo.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between the vectors' JSON message shape and protocol messages. */
final class MessageJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageJson() {
    }

    static Message toMessage(JsonNode m) {
        return switch (m.path("type").asText()) {
            case "hello" -> new DeviceMessage.Hello(m.path("fw_major").asInt(), m.path("fw_minor").asInt(), m.path("fw_patch").asInt(),
                    m.path("device_id").asLong(), m.path("sample_rate_hz").asInt(), m.path("accel_full_scale_g").asInt(),
                    m.path("accel_lsb_per_g").asInt(), m.path("gyro_full_scale_dps").asInt(),
                    m.path("gyro_lsb_per_dps_x100").asInt(), m.path("placement").asInt(), m.path("model").asText());
            case "sample_batch" -> {
                int axes = m.path("axes").asInt();
                JsonNode samples = m.path("samples");
                short[] raw = new short[samples.size() * axes];
                for (int i = 0; i < samples.size(); i++) {
                    for (int a = 0; a < axes; a++) raw[i * axes + a] = (short) samples.get(i).get(a).asInt();
                }
                yield new DeviceMessage.SampleBatch(m.path("seq").asLong(), m.path("t_us").asLong(), axes, raw);
            }
            case "status" -> new DeviceMessage.Status(m.path("t_us").asLong(), m.path("battery_mv").asInt(),
                    m.path("flags").asInt(), m.path("dropped_total").asLong());
            case "event" -> new DeviceMessage.Event(m.path("t_us").asLong(), m.path("kind").asInt(), m.path("arg").asInt());
            case "ack" -> new DeviceMessage.Ack(m.path("command").asInt(), m.path("result").asInt(), m.path("token").asLong());
            case "start_stream" -> new HostCommand.StartStream();
            case "stop_stream" -> new HostCommand.StopStream();
            case "get_hello" -> new HostCommand.GetHello();
            case "set_rate" -> new HostCommand.SetRate(m.path("rate_hz").asInt());
            case "identify" -> new HostCommand.Identify(m.path("seconds").asInt());
            case "ping" -> new HostCommand.Ping(m.path("token").asLong());
            default -> throw new IllegalArgumentException("unknown message type in vector: " + m);
        };
    }

    /** A decoded device message in the vectors' shape, as plain Java maps and lists. */
    static Map<String, Object> toMap(DeviceMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m instanceof DeviceMessage.Hello h) {
            out.put("type", "hello");
            out.put("fw_major", (long) h.fwMajor());
            out.put("fw_minor", (long) h.fwMinor());
            out.put("fw_patch", (long) h.fwPatch());
            out.put("device_id", h.deviceId());
            out.put("sample_rate_hz", (long) h.sampleRate_hz());
            out.put("accel_full_scale_g", (long) h.accelFullScale_g());
            out.put("accel_lsb_per_g", (long) h.accelLsbPerG());
            out.put("gyro_full_scale_dps", (long) h.gyroFullScale_dps());
            out.put("gyro_lsb_per_dps_x100", (long) h.gyroLsbPerDpsX100());
            out.put("placement", (long) h.placement());
            out.put("model", h.model());
        } else if (m instanceof DeviceMessage.SampleBatch b) {
            out.put("type", "sample_batch");
            out.put("seq", b.seq());
            out.put("t_us", b.t_us());
            out.put("axes", (long) b.axes());
            List<Object> samples = new ArrayList<>();
            for (int i = 0; i < b.count(); i++) {
                List<Object> s = new ArrayList<>();
                for (int a = 0; a < b.axes(); a++) s.add((long) b.raw()[i * b.axes() + a]);
                samples.add(s);
            }
            out.put("samples", samples);
        } else if (m instanceof DeviceMessage.Status s) {
            out.put("type", "status");
            out.put("t_us", s.t_us());
            out.put("battery_mv", (long) s.battery_mV());
            out.put("flags", (long) s.flags());
            out.put("dropped_total", s.droppedTotal());
        } else if (m instanceof DeviceMessage.Event e) {
            out.put("type", "event");
            out.put("t_us", e.t_us());
            out.put("kind", (long) e.kind());
            out.put("arg", (long) e.arg());
        } else if (m instanceof DeviceMessage.Ack a) {
            out.put("type", "ack");
            out.put("command", (long) a.command());
            out.put("result", (long) a.result());
            out.put("token", a.token());
        }
        return out;
    }

    static Map<String, Object> textHello(TextHello h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "hello");
        if (h.rate() != null) out.put("rate", h.rate());
        if (h.accel() != null) out.put("accel", h.accel());
        if (h.gyro() != null) out.put("gyro", h.gyro());
        if (h.model() != null) out.put("model", h.model());
        if (h.placement() != null) out.put("placement", h.placement());
        return out;
    }

    /** A JSON object as plain maps with long integers, in the vector's key order. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> plain(JsonNode m) {
        return (Map<String, Object>) normalise(JSON.convertValue(m, Object.class));
    }

    private static Object normalise(Object o) {
        if (o instanceof Integer i) return i.longValue();
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, normalise(v)));
            return out;
        }
        if (o instanceof List<?> list) return list.stream().map(MessageJson::normalise).toList();
        return o;
    }
}
