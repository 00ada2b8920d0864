package com.reptempo.simulator;

import com.reptempo.model.Placement;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the sensor is turned on the body, on top of its placement's upright orientation (see
 * {@link Body#placementRotation}), plus how carelessly it is clipped on: each time it is clipped on,
 * a random misalignment of about {@code misalignmentSd_deg} per axis is added.
 *
 * @param name               preset name, e.g. "upside-down"
 * @param sensorRotation     rotation applied in the sensor's own frame (sensor→upright sensor)
 * @param misalignmentSd_deg per-axis standard deviation of the clip-on misalignment, degrees
 */
public record Mounting(String name, Quaternion sensorRotation, double misalignmentSd_deg) {
    /** Preset names accepted by {@link #named(String, long)}. */
    public static final List<String> NAMES = List.of("upright", "upside-down", "tilted", "sideways", "inverted", "random");

    /** Default clip-on misalignment, degrees per axis. */
    public static final double DEFAULT_MISALIGNMENT_SD_DEG = 3.0;

    public Mounting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sensorRotation, "sensorRotation");
        if (!(misalignmentSd_deg >= 0 && misalignmentSd_deg <= 20)) throw new IllegalArgumentException("misalignment must be 0..20 degrees");
    }

    /** Worn as intended. */
    public static Mounting upright() {
        return new Mounting("upright", Quaternion.IDENTITY, DEFAULT_MISALIGNMENT_SD_DEG);
    }

    /**
     * A preset: upright; upside-down (turned 180° in its plane); tilted (35° in its plane and 15°
     * out of it); sideways (90° in its plane); inverted (facing the skin); random (any rotation,
     * drawn from {@code seed}).
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public static Mounting named(String name, long seed) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        Quaternion r = switch (n) {
            case "upright" -> Quaternion.IDENTITY;
            case "upside-down" -> Quaternion.fromAxisAngle(Vector3D.PLUS_K, Math.PI);
            case "tilted" -> Quaternion.fromAxisAngle(Vector3D.PLUS_K, Math.toRadians(35))
                    .times(Quaternion.fromAxisAngle(Vector3D.PLUS_I, Math.toRadians(15)));
            case "sideways" -> Quaternion.fromAxisAngle(Vector3D.PLUS_K, Math.PI / 2);
            case "inverted" -> Quaternion.fromAxisAngle(Vector3D.PLUS_J, Math.PI);
            case "random" -> Rng.derive(seed, "mounting").rotation();
            default -> throw new IllegalArgumentException("unknown mounting '" + name + "'; known: " + String.join(", ", NAMES));
        };
        return new Mounting(n, r, DEFAULT_MISALIGNMENT_SD_DEG);
    }

    /**
     * The sensor→body rotation when the sensor is clipped on at {@code placement}: the placement's
     * upright orientation, this mounting's rotation and a fresh random misalignment.
     */
    Quaternion clipOn(Placement placement, Rng rng) {
        return Body.placementRotation(placement).times(sensorRotation).times(smallRotation(rng, misalignmentSd_deg));
    }

    /** A random small rotation: Gaussian rotation-vector components of {@code sd_deg}, each clipped at 2.5 sd. */
    static Quaternion smallRotation(Rng rng, double sd_deg) {
        double sd = Math.toRadians(sd_deg);
        return Quaternion.fromRotationVector(rng.gaussian(0, sd, -2.5 * sd, 2.5 * sd),
                rng.gaussian(0, sd, -2.5 * sd, 2.5 * sd), rng.gaussian(0, sd, -2.5 * sd, 2.5 * sd));
    }

    /** The same mounting with another misalignment spread. */
    public Mounting withMisalignmentSd_deg(double sd_deg) {
        return new Mounting(name, sensorRotation, sd_deg);
    }
}
