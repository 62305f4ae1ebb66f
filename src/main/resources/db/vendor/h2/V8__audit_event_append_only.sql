-- The audit trail is append-only in the database too, not only in the application: an UPDATE or
-- DELETE of an audit event fails, whoever sends it. Someone with the rights to drop this trigger
-- can still change a row, but not without breaking the hash chain, which "Verify audit trail"
-- and /actuator/auditchain then report (README, "Verifying the audit trail").
-- The PostgreSQL counterpart is db/vendor/postgresql/V8__audit_event_append_only.sql.
create trigger audit_event_append_only
    before update, delete on audit_event
    for each row call "org.reviewworkspace.audit.AppendOnlyTrigger";
