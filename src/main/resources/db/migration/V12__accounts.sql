-- Accounts (issue 8): a password an administrator set must be changed at the next sign-in, and
-- who last changed an account is kept so that a conflicting edit can say who it met.
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column last_changed_by varchar(100);
alter table app_user add column last_changed_at timestamp with time zone;
