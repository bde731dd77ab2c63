-- The whole product's schema. Runs on MariaDB/MySQL and on H2 in MySQL mode (the embedded run),
-- so it sticks to the SQL both accept (see docs/architecture.md, "One schema, two databases").
-- Instants are UTC DATETIME(3) bound from Java; dates are the user's local calendar dates.

CREATE TABLE users (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    google_subject    VARCHAR(255) NULL,
    email             VARCHAR(320) NOT NULL,
    name              VARCHAR(100) NULL,
    profile_image_url VARCHAR(2048) NULL,
    timezone          VARCHAR(64)  NOT NULL,
    reminder_time     TIME         NOT NULL,
    reminders_enabled BOOLEAN      NOT NULL,
    locale            VARCHAR(8)   NOT NULL,
    -- the next evening reminder as a UTC instant, recomputed when it is sent or the profile
    -- changes, so the scheduler finds the users due with one range scan over every zone
    next_reminder_at  DATETIME(3)  NULL,
    -- count of COMPLETE videos; with videos.memory_ordinal it lets memories draw uniformly in O(1)
    complete_videos   INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_users_google_subject (google_subject),
    UNIQUE KEY uk_users_email (email),
    KEY ix_users_next_reminder (reminders_enabled, next_reminder_at)
);

-- One login on one device; refresh tokens rotate inside it, and reuse of a spent one revokes it.
CREATE TABLE login_sessions (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    revoked_at  DATETIME(3) NULL,
    KEY ix_login_sessions_user (user_id),
    CONSTRAINT fk_login_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE refresh_tokens (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login_session_id BIGINT      NOT NULL,
    token_hash       CHAR(64)    NOT NULL,
    issued_at        DATETIME(3) NOT NULL,
    expires_at       DATETIME(3) NOT NULL,
    spent_at         DATETIME(3) NULL,
    UNIQUE KEY uk_refresh_tokens_hash (token_hash),
    KEY ix_refresh_tokens_session (login_session_id),
    CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (login_session_id) REFERENCES login_sessions (id) ON DELETE CASCADE
);

CREATE TABLE devices (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    fcm_token    VARCHAR(512) NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    last_seen_at DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_devices_token (fcm_token),
    KEY ix_devices_user (user_id),
    CONSTRAINT fk_devices_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE upload_sessions (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT        NOT NULL,
    upload_date     DATE          NOT NULL,
    store_upload_id VARCHAR(1024) NOT NULL,
    object_key      VARCHAR(512)  NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(127)  NOT NULL,
    file_size       BIGINT        NOT NULL,
    part_size       INT           NOT NULL,
    part_count      INT           NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    video_id        BIGINT        NULL,
    created_at      DATETIME(3)   NOT NULL,
    expires_at      DATETIME(3)   NOT NULL,
    finished_at     DATETIME(3)   NULL,
    KEY ix_upload_sessions_expiry (state, expires_at),
    KEY ix_upload_sessions_user_date (user_id, upload_date),
    CONSTRAINT fk_upload_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE videos (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT       NOT NULL,
    upload_date       DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    source_key        VARCHAR(512) NOT NULL,
    -- where the encoder wrote the HLS ladder (master.m3u8 and rendition playlists) and thumbnail
    output_prefix     VARCHAR(512) NULL,
    thumbnail_key     VARCHAR(512) NULL,
    duration_sec      DOUBLE       NULL,
    width             INT          NULL,
    height            INT          NULL,
    encoding_progress DOUBLE       NULL,
    failure_reason    VARCHAR(500) NULL,
    -- 1..n among the owner's COMPLETE videos, kept dense on every status change and delete
    memory_ordinal    INT          NULL,
    status_changed_at DATETIME(3)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_videos_user_date (user_id, upload_date),
    UNIQUE KEY uk_videos_user_memory (user_id, memory_ordinal),
    KEY ix_videos_status (status, status_changed_at),
    CONSTRAINT fk_videos_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE video_renditions (
    video_id      BIGINT       NOT NULL,
    height        INT          NOT NULL,
    width         INT          NOT NULL,
    bandwidth     INT          NOT NULL,
    playlist_key  VARCHAR(512) NOT NULL,
    PRIMARY KEY (video_id, height),
    CONSTRAINT fk_video_renditions_video FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE
);

CREATE TABLE video_timestamps (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    video_id   BIGINT       NOT NULL,
    offset_sec DOUBLE       NOT NULL,
    label      VARCHAR(200) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    KEY ix_video_timestamps_video (video_id, offset_sec),
    CONSTRAINT fk_video_timestamps_video FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE
);

-- Stored objects whose owner row is gone (deleted video or account, replaced FAILED video):
-- a sweeper removes them and retries until the store agrees.
CREATE TABLE object_deletions (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    object_prefix   VARCHAR(512) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    KEY ix_object_deletions_due (next_attempt_at)
);

CREATE TABLE questions (
    id      INT          NOT NULL PRIMARY KEY,
    text_ko VARCHAR(300) NOT NULL,
    text_en VARCHAR(300) NOT NULL
);

-- One row per notice that must reach a user at most once (an event, or a reminder for one
-- local day), written before the send; sent_at stays NULL until FCM confirmed it.
CREATE TABLE notification_log (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    dedupe_key VARCHAR(191) NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    sent_at    DATETIME(3)  NULL,
    UNIQUE KEY uk_notification_log_dedupe (dedupe_key),
    KEY ix_notification_log_unsent (sent_at, created_at),
    CONSTRAINT fk_notification_log_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- Messages written in the same transaction as the change that causes them (an encoding job when
-- an upload completes); a relay publishes them and marks them sent once the broker confirms.
CREATE TABLE outbox (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic        VARCHAR(64) NOT NULL,
    payload      TEXT        NOT NULL,
    attempts     INT         NOT NULL DEFAULT 0,
    available_at DATETIME(3) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    sent_at      DATETIME(3) NULL,
    KEY ix_outbox_pending (sent_at, available_at)
);

-- Leases for periodic jobs that one instance at a time may run (the reminder tick, sweepers).
CREATE TABLE job_leases (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lease_until DATETIME(3)  NOT NULL,
    leased_at   DATETIME(3)  NOT NULL,
    leased_by   VARCHAR(255) NOT NULL
);
