package org.reviewworkspace.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats UTC instants for people; the zone is configurable with {@code review.display-zone}. */
public final class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static volatile ZoneId zone = ZoneId.of("UTC");

    private Times() {
    }

    static void useZone(ZoneId displayZone) {
        zone = displayZone;
    }

    public static ZoneId zone() {
        return zone;
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone)) + " " + zoneLabel();
    }

    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String zoneLabel() {
        return zone.getId();
    }
}
