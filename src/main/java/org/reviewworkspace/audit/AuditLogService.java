package org.reviewworkspace.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reviewworkspace.audit.AuditLogQueries.Row;
import org.reviewworkspace.audit.AuditLogQueries.Where;
import org.reviewworkspace.base.CsvWriter;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.UserNames;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: the trail searched, read event by event and exported as CSV, by those allowed
 * to read it. Writing stays with {@link AuditService}.
 *
 * <p>Who reads what (DESIGN.md §2, "read the audit trail") is decided in {@link #scopeOf}, and
 * the answer becomes part of every query, so a page or an export never holds an event its reader
 * may not see.
 */
@Service
public class AuditLogService {

    /** Rows per step of an export; each step is one short read, so memory stays flat however long the trail. */
    static final int EXPORT_BATCH = 1000;

    private static final List<String> CSV_HEADER = List.of("Sequence", "Time (UTC)", "Actor", "Actor name",
            "Action", "Review", "Entity type", "Entity id", "Summary", "Before", "After", "Previous hash", "Hash");
    private static final String PROCESS_NAME = "Review process";

    private final AuditLogQueries queries;
    private final AuditLogDirectory directory;
    private final UserNames users;
    private final AuditService audit;
    private final TransactionTemplate readOnly;

    AuditLogService(AuditLogQueries queries, AuditLogDirectory directory, UserNames users, AuditService audit,
                    PlatformTransactionManager transactions) {
        this.queries = queries;
        this.directory = directory;
        this.users = users;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * One page of the events matching {@code filter} that the current user may read, newest first.
     * Refuses users who may not read the audit log, and a period that ends before it starts.
     */
    @Transactional(readOnly = true)
    public List<AuditLogEntry> search(AuditLogFilter filter, Pageable page) {
        return entries(queries.page(where(filter), page.getOffset(), page.getPageSize()));
    }

    /** How many events {@link #search} would show in all. */
    @Transactional(readOnly = true)
    public long count(AuditLogFilter filter) {
        return queries.count(where(filter));
    }

    /** The actions that occur among the events the current user may read, for choosing one. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return queries.actions(scopeOf(directory.currentReader()));
    }

    /** Everyone who acted in the events the current user may read, by username, with their names. */
    @Transactional(readOnly = true)
    public List<AuditLogActor> actors() {
        List<String> actors = queries.actors(scopeOf(directory.currentReader()));
        Map<String, String> names = namesOf(actors);
        return actors.stream().map(actor -> new AuditLogActor(actor, names.get(actor))).toList();
    }

    /**
     * Writes the events matching {@code filter} that the current user may read to {@code out} as
     * CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read it as UTF-8, a header
     * row, newest first), then records the export in the trail with the filter and the number of
     * rows, also when the export broke off. Reads the trail in steps of {@value #EXPORT_BATCH}
     * events, each its own short read-only transaction, so neither memory nor a database
     * connection is held for the length of the download; events recorded meanwhile are not
     * included. Refuses, before writing anything, like {@link #search}.
     */
    public void exportCsv(AuditLogFilter filter, OutputStream out) throws IOException {
        AuditReader reader = directory.currentReader();
        Where where = readOnly.execute(status -> where(filter, reader));
        long rows = 0;
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CsvWriter csv = new CsvWriter(text);
            text.write('\uFEFF');
            csv.record(CSV_HEADER);
            Long before = null;
            List<AuditLogEntry> batch;
            do {
                Long bound = before;
                batch = readOnly.execute(status -> entries(queries.olderThan(where, bound, EXPORT_BATCH)));
                for (AuditLogEntry entry : Objects.requireNonNull(batch)) {
                    csv.record(Arrays.asList(entry.sequence(), entry.occurredAt().toString(), entry.actor(),
                            entry.actorName(), entry.action(), entry.reviewCode(), entry.entityType(),
                            entry.entityId(), entry.summary(), entry.before(), entry.after(), entry.previousHash(),
                            entry.hash()));
                }
                text.flush();
                rows += batch.size();
                before = batch.isEmpty() ? null : batch.get(batch.size() - 1).sequence();
            } while (batch.size() == EXPORT_BATCH);
        } catch (IOException | RuntimeException e) {
            recordExport(reader, filter, rows, false);
            throw e;
        }
        recordExport(reader, filter, rows, true);
    }

    /**
     * The part of the trail {@code reader} may read, as a where-clause (DESIGN.md §2): an
     * administrator everything; everyone else whom the permission matrix lets read the trail the
     * events of the reviews within their reach (coordinated, delegation, signed off), so not
     * sign-ins or other events of no review.
     */
    static Where scopeOf(AuditReader reader) {
        if (reader.administrator()) {
            return Where.everything();
        }
        return Where.everything().reviewIn(reader.readableReviews());
    }

    private Where where(AuditLogFilter filter) {
        return where(filter, directory.currentReader());
    }

    /** The reader's part of the trail narrowed by {@code filter}; review codes are looked up, never ids trusted. */
    private Where where(AuditLogFilter filter, AuditReader reader) {
        Where where = scopeOf(reader);
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("to", "The period ends before it starts");
        }
        if (filter.actor() != null) {
            where = where.and("actor = :actor", "actor", filter.actor());
        }
        if (filter.action() != null) {
            where = filter.actionIsPrefix() ? where.startsWith("action", "actionPrefix", filter.actionPrefix())
                    : where.and("action = :action", "action", filter.action());
        }
        if (filter.reviewCode() != null) {
            Optional<Long> review = directory.reviewId(filter.reviewCode());
            where = review.isEmpty() ? where.nothing() : where.and("review_id = :review", "review", review.get());
        }
        if (filter.entityType() != null) {
            where = where.and("lower(entity_type) = :entityType", "entityType", filter.entityType().toLowerCase());
            if (filter.entityId() != null) {
                where = where.and("entity_id = :entityId", "entityId", filter.entityId());
            }
        }
        ZoneId zone = Times.zone();
        if (filter.from() != null) {
            where = where.occurredFrom(filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            LocalDate dayAfter = filter.to().plusDays(1);
            where = where.occurredBefore(dayAfter.atStartOfDay(zone).toInstant());
        }
        if (filter.text() != null) {
            where = where.containsIgnoringCase("summary", "text", filter.text());
        }
        return where;
    }

    /** Rows with the names people read: display names of actors, reference codes of reviews. */
    private List<AuditLogEntry> entries(List<Row> rows) {
        Map<String, String> names = namesOf(rows.stream().map(Row::actor).distinct().toList());
        Set<Long> reviewIds = new HashSet<>();
        rows.forEach(row -> {
            if (row.reviewId() != null) {
                reviewIds.add(row.reviewId());
            }
        });
        Map<Long, String> codes = reviewIds.isEmpty() ? Map.of() : directory.referenceCodes(reviewIds);
        return rows.stream().map(row -> new AuditLogEntry(row.sequence(), row.occurredAt(), row.actor(),
                names.get(row.actor()), row.action(), row.reviewId() == null ? null : codes.get(row.reviewId()),
                row.entityType(), row.entityId(), row.summary(), row.before(), row.after(), row.previousHash(),
                row.hash())).toList();
    }

    private Map<String, String> namesOf(List<String> actors) {
        Map<String, String> names = new HashMap<>(actors.isEmpty() ? Map.of() : users.displayNames(actors));
        if (names.containsKey(AuditEntry.SYSTEM)) {
            names.put(AuditEntry.SYSTEM, PROCESS_NAME);
        }
        return names;
    }

    private void recordExport(AuditReader reader, AuditLogFilter filter, long rows, boolean complete) {
        String who = users.displayName(reader.username());
        audit.recordAlone(AuditEntry.of(reader.username(), "audit.exported", null, "AuditLog", null,
                who + (complete ? " exported " : " began an export that broke off after ") + rows
                        + (rows == 1 ? " audit event" : " audit events") + " as CSV (" + filter.describe() + ")"));
    }
}
