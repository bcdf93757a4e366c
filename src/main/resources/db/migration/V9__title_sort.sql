-- The editors' lists sort by title without regard to case. H2 cannot index lower(title), so the
-- entry keeps its title in lower case beside it (Entry.titleSort), and each list order reads
-- its page from an index, as in V7.
alter table entry add column title_sort varchar(300);
update entry set title_sort = lower(title);
alter table entry alter column title_sort set not null;

create index ix_entry_kind_title on entry (kind, title_sort, id);
create index ix_entry_kind_status_title on entry (kind, status, title_sort, id);
