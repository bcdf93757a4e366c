-- Rate limits' token buckets (Bucket4j's select-for-update store), shared by every node on
-- PostgreSQL; the embedded H2 keeps them in memory and leaves this table empty.
create table rate_limit_bucket (
    id varchar(200) primary key,
    state bytea,
    expires_at bigint
);
