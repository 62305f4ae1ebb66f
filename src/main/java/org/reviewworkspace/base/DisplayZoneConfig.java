package org.reviewworkspace.base;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/** Applies {@code review.display-zone} (env {@code REVIEW_DISPLAY_ZONE}, default UTC) to {@link Times}. */
@Configuration
class DisplayZoneConfig {

    DisplayZoneConfig(@Value("${review.display-zone:UTC}") String zone) {
        Times.useZone(ZoneId.of(zone));
    }
}
