package com.harufilm.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.InMemoryNotificationLog;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserLocale;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryNotificationLog log = new InMemoryNotificationLog(devices);
    private final Notices notices = new Notices(log, users, clock);
    private final User mina = users.insertOrGet(NewUser.withDefaults(null, "mina@example.com", null, null, ZoneId.of("Asia/Seoul")),
            clock.instant());
    private final List<PushMessage> pushed = new ArrayList<>();

    /** Accepts every token but "stale", which FCM no longer knows. */
    private final PushSender fcm = messages -> {
        pushed.addAll(messages);
        return messages.stream().map(m -> new PushResult(m.token(), m.token().equals("stale") ? Outcome.INVALID_TOKEN : Outcome.SENT))
                .toList();
    };

    @Test
    void anEventAppliedTwiceMakesOneNotice() {
        notices.encodingCompleted(mina.id(), new VideoId(5), LocalDate.of(2026, 11, 28));
        notices.encodingCompleted(mina.id(), new VideoId(5), LocalDate.of(2026, 11, 28));

        assertEquals(List.of("ENCODING_COMPLETED"), log.kinds());
        var data = log.recorded().getFirst().data();
        assertEquals("ENCODING_COMPLETED", data.get("type"));
        assertEquals("2026-11-28", data.get("date"));
        assertEquals("5", data.get("videoId"));
    }

    @Test
    void everyDeviceGetsTheNoticeOnceWithACollapseKeyAndStaleTokensAreForgotten() {
        devices.register(mina.id(), "phone", Platform.ANDROID, clock.instant());
        devices.register(mina.id(), "stale", Platform.IOS, clock.instant());
        notices.encodingFailed(mina.id(), new VideoId(9), LocalDate.of(2026, 11, 27), "this file is not a video we can play");
        var dispatch = new DispatchNotices(log, devices, fcm, clock);

        assertEquals(1, dispatch.dispatch(() -> true));
        assertEquals(0, dispatch.dispatch(() -> true), "sent once");

        assertEquals(List.of("phone", "stale"), pushed.stream().map(PushMessage::token).toList());
        assertTrue(pushed.stream().allMatch(m -> m.collapseKey().equals("encoding-failed:9")));
        assertEquals("this file is not a video we can play", pushed.getFirst().body());
        assertEquals(List.of("phone"), devices.tokensOf(mina.id()));
    }

    @Test
    void noticesSpeakTheUsersLanguage() {
        users.updateProfile(mina.withProfile(new ProfileChange(null, null, null, null, UserLocale.EN)), clock.instant());
        notices.uploadExpired(mina.id(), new UploadId(3), LocalDate.of(2026, 11, 28));

        assertEquals("Upload not finished", log.recorded().getFirst().title());
        assertEquals("3", log.recorded().getFirst().data().get("uploadId"));
    }

    @Test
    void aDispatcherThatLostItsLeaseStopsAfterTheBatchInHand() {
        devices.register(mina.id(), "phone", Platform.ANDROID, clock.instant());
        for (int video = 1; video <= 1_200; video++) {
            notices.encodingCompleted(mina.id(), new VideoId(video), LocalDate.of(2026, 11, 28));
        }
        var dispatch = new DispatchNotices(log, devices, fcm, clock);

        assertEquals(DispatchNotices.BATCH, dispatch.dispatch(() -> false));
        assertEquals(1_200 - DispatchNotices.BATCH, dispatch.dispatch(() -> true));
        assertEquals(1_200, pushed.size());
    }
}
