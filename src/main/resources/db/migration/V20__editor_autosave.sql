-- What an editor typed and has not saved, kept by the editor page every few seconds: one row per editor
-- and entry (or new entry of a kind), restored when they come back after a closed tab or a lost
-- connection. Not a revision: it is replaced at each keep and deleted once the entry is saved.
create table editor_autosave (
    username     varchar(100) not null,
    entry_key    varchar(40) not null,
    form         text not null,
    saved_at     timestamp with time zone not null,
    primary key (username, entry_key)
);
create index editor_autosave_saved_at on editor_autosave (saved_at);
