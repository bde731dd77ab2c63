-- What the dispatcher sends, stored with the notice so a send after a crash says the same thing;
-- data is the FCM data map as JSON. One ALTER per column: H2's MySQL mode takes no column lists.
ALTER TABLE notification_log ADD COLUMN title VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE notification_log ADD COLUMN body VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE notification_log ADD COLUMN data TEXT NULL;
