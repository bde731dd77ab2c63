package com.harufilm.application.notification;

import com.harufilm.application.notification.NoticeTexts.Text;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.NewNotice;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import com.harufilm.domain.video.VideoId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Records the notices events cause, inside the event's own transaction and keyed by the event,
 * so each is sent at most once (by {@link DispatchNotices}) even when the event is applied twice,
 * and never from inside an HTTP request.
 */
public final class Notices {

    private final NotificationLog log;
    private final UserRepository users;
    private final Clock clock;

    public Notices(NotificationLog log, UserRepository users, Clock clock) {
        this.log = log;
        this.users = users;
        this.clock = clock;
    }

    public void uploadCompleted(UserId userId, UploadId upload, VideoId video, LocalDate date) {
        record(userId, "upload-completed:" + upload, "UPLOAD_COMPLETED", date, NoticeTexts::uploadCompleted,
                Map.of("uploadId", upload.toString(), "videoId", video.toString()));
    }

    public void uploadExpired(UserId userId, UploadId upload, LocalDate date) {
        record(userId, "upload-expired:" + upload, "UPLOAD_EXPIRED", date, NoticeTexts::uploadExpired,
                Map.of("uploadId", upload.toString()));
    }

    public void encodingCompleted(UserId userId, VideoId video, LocalDate date) {
        record(userId, "encoding-completed:" + video, "ENCODING_COMPLETED", date, NoticeTexts::encodingCompleted,
                Map.of("videoId", video.toString()));
    }

    public void encodingFailed(UserId userId, VideoId video, LocalDate date, String reason) {
        record(userId, "encoding-failed:" + video, "ENCODING_FAILED", date, locale -> NoticeTexts.encodingFailed(locale, reason),
                Map.of("videoId", video.toString()));
    }

    private void record(UserId userId, String dedupeKey, String type, LocalDate date,
                        Function<UserLocale, Text> text, Map<String, String> extra) {
        User user = users.findById(userId).orElse(null);
        if (user == null) {
            return;
        }
        Text words = text.apply(user.locale());
        Map<String, String> data = new HashMap<>(extra);
        data.put("type", type);
        data.put("date", date.toString());
        log.record(List.of(new NewNotice(userId, dedupeKey, type, words.title(), words.body(), data)), clock.instant());
    }
}
