-- Whether something other than an entry (a status record) cites the source: such a source is public, and listed
-- under /sources, even when no published entry cites it. Set once; records are never removed.
alter table source add column cited_elsewhere boolean default false not null;
update source set cited_elsewhere = true where id in (select source_id from status_change);
