package org.reviewworkspace.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.demo.Acting;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refusal looks like to a user: the exception their form shows (messages beside the
 * fields, or the one message of a refused or missing thing), and nothing stored — the
 * {@link DatabaseFingerprint} is the same after the action as before it.
 */
record Refusals(Acting acting, JdbcTemplate jdbc) {

    /** {@code action} by {@code user} is refused with a short, clear message beside {@code field}; returns them all. */
    Map<String, String> invalid(String user, Runnable action, String field) {
        Map<String, String> errors = refused(user, action, InvalidInputException.class).fieldErrors();
        assertThat(errors).containsKey(field)
                .allSatisfy((f, message) -> assertThat(message).isNotBlank().hasSizeLessThan(200));
        return errors;
    }

    /** {@code action} by {@code user} is refused with {@code message} beside {@code field}. */
    void invalid(String user, Runnable action, String field, String message) {
        assertThat(invalid(user, action, field)).containsEntry(field, message);
    }

    /** {@code action} by {@code user} is refused as a whole, e.g. not allowed or not found, saying {@code message}. */
    void refused(String user, Runnable action, Class<? extends DomainException> type, String message) {
        assertThat(refused(user, action, type).getMessage()).isEqualTo(message);
    }

    private <E extends DomainException> E refused(String user, Runnable action, Class<E> type) {
        DatabaseFingerprint before = DatabaseFingerprint.of(jdbc);
        Throwable thrown = catchThrowable(() -> acting.run(user, action));
        assertThat(thrown).isInstanceOf(type);
        assertThat(DatabaseFingerprint.of(jdbc)).as("nothing stored").isEqualTo(before);
        return type.cast(thrown);
    }
}
