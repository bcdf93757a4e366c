-- Failed and successful sign-ins that every node's LoginThrottle shares on PostgreSQL (the embedded
-- H2, which one node alone opens, keeps them in memory and leaves these tables empty). Keys are
-- keyed hashes of username and address, never the address itself.
create table login_backoff (
    pair_key     varchar(64) primary key,
    failures     integer not null,
    last_failure timestamp with time zone not null
);
create index login_backoff_last_failure on login_backoff (last_failure);

create table login_known_address (
    pair_key     varchar(64) primary key,
    last_success timestamp with time zone not null
);
create index login_known_address_last_success on login_known_address (last_success);
