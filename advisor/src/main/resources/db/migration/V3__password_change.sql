-- The bootstrap account must choose its own password before it can do anything else (issue #14).
alter table consultant add column must_change_password boolean default false not null;
