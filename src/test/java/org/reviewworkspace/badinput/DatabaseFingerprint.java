package org.reviewworkspace.badinput;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count of every table of ours (not Camunda's {@code ACT_*}) and the audit trail's last
 * sequence: equal before and after a refused action means nothing was stored.
 */
record DatabaseFingerprint(Map<String, Long> rows, Long lastAuditSequence) {

    static DatabaseFingerprint of(JdbcTemplate jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC' "
                        + "and table_type = 'BASE TABLE' and table_name not like 'ACT\\_%' "
                        + "and lower(table_name) <> 'flyway_schema_history' order by table_name", String.class)
                .forEach(table -> rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class)));
        return new DatabaseFingerprint(rows, jdbc.queryForObject("select max(sequence) from audit_event", Long.class));
    }
}
