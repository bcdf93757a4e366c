-- Secrets every node must share and that no one configured, such as the comment key (form
-- tokens, receipts, the keyed hashes of addresses): made by the first node that needs one.
create table shared_secret (
    name varchar(40) primary key,
    secret varchar(200) not null
);
