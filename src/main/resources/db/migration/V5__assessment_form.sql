-- Assessment form (issue 4): N/A scores, findings linked to a criterion, criteria edited by the coordinator.

-- "Not applicable" instead of a score; its reason is kept in rationale.
alter table criterion_score add column not_applicable boolean not null default false;
alter table criterion_score add constraint ck_score_or_not_applicable check (not (not_applicable and score is not null));

-- A draft finding may name the criterion it is about; removing the criterion unlinks it.
alter table finding add column criterion_id bigint references criterion (id) on delete set null;

-- The coordinator edits the criteria of a review until its first assessment is submitted.
alter table criterion add column version bigint not null default 0;
