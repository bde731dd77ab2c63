-- Poison videos: every attempt to encode a video is counted here, by the API, so a source that
-- kills or stalls FFmpeg ends FAILED after HARU_ENCODE_MAX_ATTEMPTS whatever the broker does.
ALTER TABLE videos ADD COLUMN encode_attempts INT NOT NULL DEFAULT 0;
-- Until when the worker's reports (STARTED, PROGRESS) hold the video: a held video is not queued
-- again. NULL: no worker has begun the job queued last.
ALTER TABLE videos ADD COLUMN encode_lease_until DATETIME(3) NULL;
-- When the video's latest job was queued (NULL: with the video, at created_at), and when the job a
-- worker last began had been queued. The latest of the latter says how far the queue has moved:
-- an unbegun job queued before it was lost, one queued after it is merely waiting its turn.
ALTER TABLE videos ADD COLUMN job_queued_at DATETIME(3) NULL;
ALTER TABLE videos ADD COLUMN begun_job_queued_at DATETIME(3) NULL;
CREATE INDEX ix_videos_begun_job ON videos (begun_job_queued_at);
-- The video an outbox message is for: the relay drops jobs of videos deleted (or finished) meanwhile.
ALTER TABLE outbox ADD COLUMN video_id BIGINT NULL;
