-- The audit log and the moderation queue, newest first, for the same reason as V6: each reads
-- its page from an index in that order, with the column its filter fixes first.
drop index ix_audit_event_occurred;
create index ix_audit_event_newest on audit_event (occurred_at desc, id desc);
create index ix_audit_event_actor_newest on audit_event (actor, occurred_at desc, id desc);

drop index ix_comment_status_created;
create index ix_comment_status_newest on comment (status, created_at desc, id desc);
