-- Delivery per device: a notice that some of its user's devices did not get (FCM failing past the
-- sender's own retries) stays due for those devices only, for a later round with backoff
-- (DispatchNotices). attempts counts the rounds that left a device unreached; next_attempt_at is
-- when the next round may run (NULL: never tried, due at once).
ALTER TABLE notification_log ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notification_log ADD COLUMN next_attempt_at DATETIME(3) NULL;
-- The devices a notice still due has reached, so a later round leaves them out. Written only for
-- a notice that has to wait: one that every device got is just marked sent.
CREATE TABLE notice_deliveries (
    notice_id BIGINT NOT NULL,
    device_id BIGINT NOT NULL,
    PRIMARY KEY (notice_id, device_id),
    KEY ix_notice_deliveries_device (device_id),
    CONSTRAINT fk_notice_deliveries_notice FOREIGN KEY (notice_id) REFERENCES notification_log (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_deliveries_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);
