-- Every listing reads one page of rows from an index already in the page's order, so that its
-- cost does not grow with the number of entries. H2 sorts with an index only when the index's
-- columns and directions match the ORDER BY from the first column on, the columns fixed by the
-- WHERE clause included, and it never reads an index backwards: hence one index per order, and
-- queries that name kind and status in their ORDER BY (ContentCatalog, EntryRepository).
-- PostgreSQL uses the same indexes either way.
drop index ix_entry_kind_status_published;
drop index ix_entry_kind_status_event;
drop index ix_entry_kind_status_position;
drop index ix_entry_status_published;

create index ix_entry_kind_newest on entry (kind, status, published_at desc, id desc);
create index ix_entry_kind_oldest on entry (kind, status, published_at, id);
create index ix_entry_event_newest on entry (kind, status, event_date desc, id desc);
create index ix_entry_event_oldest on entry (kind, status, event_date, id);
create index ix_entry_faq_order on entry (kind, status, faq_position, id);
-- Tag pages and feeds (published entries of every kind, newest first) and the scheduler
-- (scheduled entries that are due).
create index ix_entry_status_newest on entry (status, published_at desc, id desc);
