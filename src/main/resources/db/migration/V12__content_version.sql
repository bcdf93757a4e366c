-- The version of the published content that every node keys what it keeps by (pages, feeds,
-- counts): one row, moved by each transaction that changes content, just before it commits.
create table content_version (
    id integer primary key,
    version bigint not null
);
insert into content_version (id, version) values (1, 0);
