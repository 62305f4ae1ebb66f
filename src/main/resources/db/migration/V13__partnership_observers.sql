-- Access control (issue 8): observers read the published reports of the partnerships they observe.
create table partnership_observer (
    partnership_id bigint not null references partnership (id),
    username       varchar(100) not null,
    primary key (partnership_id, username)
);
create index ix_partnership_observer_user on partnership_observer (username);
