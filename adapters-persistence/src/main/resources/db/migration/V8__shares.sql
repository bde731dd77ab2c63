-- Share links (issue 16): the token is never stored, only its SHA-256 (to find the link) and the
-- random seed it is derived from with the server's key (so the owner's list can show the link
-- again). Revoking deletes the row; deleting the video or the user deletes its links.
CREATE TABLE shares (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    video_id   BIGINT      NOT NULL,
    seed       VARCHAR(32) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    views      BIGINT      NOT NULL DEFAULT 0,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    UNIQUE KEY uk_shares_token_hash (token_hash),
    KEY ix_shares_user_expiry (user_id, expires_at),
    KEY ix_shares_video (video_id, created_at),
    CONSTRAINT fk_shares_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_shares_video FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE
);
