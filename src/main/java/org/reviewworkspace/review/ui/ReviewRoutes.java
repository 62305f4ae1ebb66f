package org.reviewworkspace.review.ui;

import com.vaadin.flow.component.html.Anchor;

/** Where a review's workspace lives: {@code reviews/<reference code>}. */
public final class ReviewRoutes {

    private ReviewRoutes() {
    }

    public static String workspace(String referenceCode) {
        return "reviews/" + referenceCode;
    }

    /** A link to the review's workspace reading "REV-2025-PK-01 · title". */
    public static Anchor link(String referenceCode, String title) {
        return new Anchor(workspace(referenceCode), referenceCode + " · " + title);
    }
}
