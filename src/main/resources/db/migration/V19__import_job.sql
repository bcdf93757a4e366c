-- Editors' imports as they run and once they are done, for a day: every node shows an import's progress
-- page, whichever node runs it, and no node starts one while another node's is running.
create table import_job (
    id         varchar(36) primary key,
    source     varchar(300) not null,
    editor     varchar(100) not null,
    started    timestamp with time zone not null,
    stage      varchar(20) not null,
    files      integer not null,
    written    integer not null,
    report     text,
    updated_at timestamp with time zone not null
);
create index import_job_started on import_job (started);
