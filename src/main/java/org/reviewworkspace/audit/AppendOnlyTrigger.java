package org.reviewworkspace.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of migration V8: refuses every UPDATE and DELETE of an audit event, so the trail
 * stays append-only even for someone who bypasses the application. H2 runs triggers as Java
 * classes, found by name; PostgreSQL has a plpgsql function instead.
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // 23000, integrity constraint violation, as the PostgreSQL trigger raises: the same refusal on both
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " of event #"
                + oldRow[0] + " refused", "23000");
    }
}
