-- Scheduled work (reminders due, stale drafts) runs once across replicas of the service on one database: a replica
-- takes a job's lease by moving leased_until forward, and only if the lease had run out.
create table job_lease (
    name          varchar(40)   primary key,
    leased_until  timestamp     not null,
    leased_by     varchar(100)  not null
);
insert into job_lease (name, leased_until, leased_by) values ('reminders', timestamp '2000-01-01 00:00:00', 'nobody');
insert into job_lease (name, leased_until, leased_by) values ('drafts', timestamp '2000-01-01 00:00:00', 'nobody');
