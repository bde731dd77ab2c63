-- The local date the next reminder is for, kept beside its instant so the due query can join the
-- user's video and upload of that day without computing time zones in SQL. Users from before
-- this version have no schedule yet; the reminder tick schedules them (see QueueDueReminders).
ALTER TABLE users ADD COLUMN next_reminder_date DATE NULL;
