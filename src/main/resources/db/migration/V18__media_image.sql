-- Uploaded images, when portal.media.store=database: every node serves them, and a database backup
-- holds them. With the default folder store this table stays empty.
create table media_image (
    name       varchar(64) primary key,
    media_type varchar(40) not null,
    content    bytea not null,
    created_at timestamp with time zone not null
);
create index media_image_created_at on media_image (created_at);
