-- The audit trail is append-only in the database too, not only in the application: an UPDATE,
-- DELETE or TRUNCATE of audit_event fails, whoever sends it. Someone with the rights to drop this
-- trigger can still change a row, but not without breaking the hash chain, which "Verify audit
-- trail" and /actuator/auditchain then report (README, "Verifying the audit trail").
-- The H2 counterpart is db/vendor/h2/V8__audit_event_append_only.sql.
create function audit_event_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

-- TRUNCATE fires no row triggers, so it gets a statement trigger of its own
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
