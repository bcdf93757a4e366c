-- The editors' lists and dashboard, for the same reason as V6: each order reads its page from an
-- index in that order, with the columns the lists fix (kind, and status when filtered) first.
-- Sorting by title is left to the database: it sorts on lower(title), which H2 cannot index.
drop index ix_entry_updated;

create index ix_entry_changed on entry (updated_at desc, id desc);
create index ix_entry_kind_changed on entry (kind, updated_at desc, id desc);
create index ix_entry_kind_status_changed on entry (kind, status, updated_at desc, id desc);
create index ix_entry_kind_published on entry (kind, published_at desc, id desc);
