-- A lock per periodic job (ShedLock's table), so that each run happens on one node of a cluster.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
