package org.reviewworkspace.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the trail for the audit log with a where-clause composed of only the filters in use, so
 * that the database can pick the index that fits (see migration V9). Newest first throughout.
 */
@Repository
class AuditLogQueries {

    private static final String COLUMNS = "sequence, occurred_at, actor, action, review_id, entity_type, entity_id, "
            + "summary, detail_before, detail_after, previous_hash, hash";

    private final NamedParameterJdbcTemplate jdbc;

    AuditLogQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the events matching {@code where}, newest first. */
    List<Row> page(Where where, long offset, int limit) {
        MapSqlParameterSource params = where.params().addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("select " + COLUMNS + " from audit_event" + where.sql()
                + " order by sequence desc limit :limit offset :offset", params, AuditLogQueries::row);
    }

    /**
     * Up to {@code limit} events matching {@code where} that are older than {@code beforeSequence}
     * (all when it is {@code null}), newest first: one step of a keyset walk through the trail.
     */
    List<Row> olderThan(Where where, Long beforeSequence, int limit) {
        Where bounded = beforeSequence == null ? where : where.and("sequence < :before", "before", beforeSequence);
        MapSqlParameterSource params = bounded.params().addValue("limit", limit);
        return jdbc.query("select " + COLUMNS + " from audit_event" + bounded.sql()
                + " order by sequence desc limit :limit", params, AuditLogQueries::row);
    }

    long count(Where where) {
        Long count = jdbc.queryForObject("select count(*) from audit_event" + where.sql(), where.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** The distinct actions among the events matching {@code where}, alphabetically. */
    List<String> actions(Where where) {
        return jdbc.queryForList("select distinct action from audit_event" + where.sql() + " order by action",
                where.params(), String.class);
    }

    /** The distinct actors among the events matching {@code where}, alphabetically. */
    List<String> actors(Where where) {
        return jdbc.queryForList("select distinct actor from audit_event" + where.sql() + " order by actor",
                where.params(), String.class);
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        long reviewId = rs.getLong("review_id");
        return new Row(rs.getLong("sequence"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.wasNull() ? null : reviewId,
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("detail_before"), rs.getString("detail_after"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    /** One row of {@code audit_event}. */
    record Row(long sequence, Instant occurredAt, String actor, String action, Long reviewId, String entityType,
               String entityId, String summary, String before, String after, String previousHash, String hash) {
    }

    /** A where-clause built from conditions joined by {@code and}, with their named parameters. */
    static final class Where {

        private final List<String> conditions;
        private final MapSqlParameterSource params;

        private Where(List<String> conditions, MapSqlParameterSource params) {
            this.conditions = conditions;
            this.params = params;
        }

        /** Every event. */
        static Where everything() {
            return new Where(List.of(), new MapSqlParameterSource());
        }

        /** Adds {@code condition}, which names the parameter {@code name}. */
        Where and(String condition, String name, Object value) {
            List<String> more = new ArrayList<>(conditions);
            more.add(condition);
            MapSqlParameterSource moreParams = copy().addValue(name, value);
            return new Where(more, moreParams);
        }

        /** Only events of these reviews. */
        Where reviewIn(Collection<Long> reviewIds) {
            return reviewIds.isEmpty() ? nothing() : and("review_id in (:scopeReviews)", "scopeReviews", reviewIds);
        }

        Where occurredFrom(Instant from) {
            return and("occurred_at >= :from", "from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }

        Where occurredBefore(Instant until) {
            return and("occurred_at < :until", "until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
        }

        /** {@code column} starts with {@code prefix}, taken literally. */
        Where startsWith(String column, String name, String prefix) {
            return and(column + " like :" + name + " escape '\\'", name, literal(prefix) + "%");
        }

        /** {@code column} contains {@code part} in any letter case, taken literally. */
        Where containsIgnoringCase(String column, String name, String part) {
            return and("lower(" + column + ") like :" + name + " escape '\\'", name,
                    "%" + literal(part.toLowerCase()) + "%");
        }

        /** No event at all, e.g. for a review that does not exist. */
        Where nothing() {
            List<String> more = new ArrayList<>(conditions);
            more.add("1 = 0");
            return new Where(more, copy());
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        MapSqlParameterSource params() {
            return copy();
        }

        private MapSqlParameterSource copy() {
            return new MapSqlParameterSource(params.getValues());
        }

        private static String literal(String pattern) {
            return pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
