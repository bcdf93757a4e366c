-- The per-entry source rows point at the shared records V23 made of them; their copies of the title and
-- address go.
alter table entry_source alter column source_id set not null;
alter table entry_source drop column title;
alter table entry_source drop column url;
alter table entry_source add constraint fk_entry_source_source foreign key (source_id) references source (id);
create index ix_entry_source_source on entry_source (source_id);
