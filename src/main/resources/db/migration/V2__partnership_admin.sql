-- Partnerships and institutions managed by coordinators (issue 3).

-- An archived partnership stays for the reviews that refer to it but is no longer offered for new ones.
alter table partnership add column archived boolean not null default false;
alter table partnership add column last_changed_by varchar(100);
alter table partnership add column last_changed_at timestamp with time zone;

-- Acronyms are unique within a partnership whatever their case ("NCP" and "ncp" are the same
-- institute). H2 has no index on expressions, so the upper-cased acronym is kept in a column.
alter table institution add column acronym_key varchar(30);
update institution set acronym_key = upper(acronym);
alter table institution alter column acronym_key set not null;
alter table institution drop constraint uq_institution_acronym;
alter table institution add constraint uq_institution_acronym unique (partnership_id, acronym_key);

-- Who saved an institution last, so that a conflicting edit can say whose change it met.
alter table institution add column last_changed_by varchar(100);
alter table institution add column last_changed_at timestamp with time zone;
