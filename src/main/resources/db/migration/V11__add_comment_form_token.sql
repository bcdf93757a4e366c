-- Each comment form carries a token of its own; a token sends one comment. The keyed hash of
-- the token that sent a comment is kept, so that a second, different comment with the same
-- form is refused, and a repeat of the same one (a double click) finds the first.
-- Earlier comments have none; both databases allow many nulls in a unique index.
alter table comment add column form_token_hash varchar(64);
create unique index uk_comment_form_token on comment (form_token_hash);
