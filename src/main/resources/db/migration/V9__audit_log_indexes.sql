-- The audit log (screen "Audit log", AuditLogQueries) filters the trail by actor, action and
-- period, newest first, and counts the matches for its lazy grid. Without these, each of those
-- reads every event (DESIGN.md §8, B3: 1,000,000 events; search by actor and period ≤ 100 ms).
-- Events of one review already have ix_audit_review (V1), which also serves a coordinator's
-- reading, restricted to the reviews they coordinate.

-- "Who did what when": actor, optionally within a period; also the distinct actors of the filter.
create index ix_audit_actor on audit_event (actor, occurred_at);

-- One action or a family (action like 'signoff.%'), optionally within a period; also the
-- distinct actions of the filter.
create index ix_audit_action on audit_event (action, occurred_at);

-- A period on its own: the count of the lazy grid and the events of those days.
create index ix_audit_occurred on audit_event (occurred_at);
