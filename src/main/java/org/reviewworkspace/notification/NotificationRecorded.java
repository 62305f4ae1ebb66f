package org.reviewworkspace.notification;

/** A notification has been recorded; published in the transaction that recorded it. */
record NotificationRecorded(long id, String recipient, String title, String referenceCode, String link) {
}
