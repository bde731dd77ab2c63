package com.harufilm.bootstrap.api.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.harufilm.bootstrap.api.ResumableUploadClient;
import com.harufilm.domain.upload.PartPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One user's session as the apps make it: signs in with a phone, maybe adds a tablet, films one or
 * two past days (some uploads cut mid-part and resumed from what the server says it holds), reads
 * the calendar and the feed, marks a moment, and deletes a video now and then.
 */
final class SimulatedUser {

    private static final ZoneId USERS_ZONE = ZoneId.of("Asia/Seoul");
    private static final int PART_SIZE = 5 * PartPlan.MiB;

    private final RetryingApi api;
    private final StackUnderTest stack;
    private final Ledger ledger;
    private final LoadGenerator.CompletionGate gate;
    private final Path clip;
    private final String name;
    private final int number;

    SimulatedUser(StackUnderTest stack, Ledger ledger, LoadGenerator.CompletionGate gate, Path clip, String tag, int number) {
        this.api = new RetryingApi(stack.api(), ledger);
        this.stack = stack;
        this.ledger = ledger;
        this.gate = gate;
        this.clip = clip;
        this.name = tag + "-" + number;
        this.number = number;
    }

    void live() throws Exception {
        JsonNode login = api.call("POST", "/auth/dev",
                "{\"email\":\"" + name + "@example.com\",\"fcmToken\":\"" + name + "-phone\",\"platform\":\"ANDROID\"}", 200);
        api.signedInWith(login.get("accessToken").asText());
        long userId = login.get("user").get("userId").asLong();
        ledger.registered(userId, name + "-phone");
        if (number % 2 == 0) {
            api.call("POST", "/users/me/devices", "{\"fcmToken\":\"" + name + "-tablet\",\"platform\":\"IOS\"}", 204);
            ledger.registered(userId, name + "-tablet");
        }
        int days = number % 3 == 0 ? 2 : 1;
        for (int day = 1; day <= days; day++) {
            film(userId, LocalDate.now(USERS_ZONE).minusDays(day), (number + day) % 3 == 0, (number + day) % 5 == 0);
        }
    }

    private void film(long userId, LocalDate date, boolean cutMidPart, boolean deleteAfter) throws Exception {
        var phone = new ResumableUploadClient(stack.api(), api.accessToken(), 2, 5, ledger::answered);
        String uploadId = api.retrying("initiate", () -> phone.initiate(clip, date, "video/mp4", PART_SIZE));
        if (cutMidPart) {
            api.retrying("put part 2", () -> phone.putParts(uploadId, clip, List.of(2)));
            api.retrying("cut part 1", () -> {
                phone.cutPartHalfway(uploadId, 1, PART_SIZE);
                return null;
            });
        }
        api.retrying("put missing parts", () -> {
            phone.putMissingParts(uploadId, clip);
            return null;
        });
        gate.awaitTurn();
        JsonNode done = api.retrying("complete", () -> phone.resume(uploadId, clip));
        String videoId = done.get("videoId").asText();
        ledger.completed(new Ledger.CompletedUpload(userId, uploadId, videoId, date));

        api.call("GET", "/videos?month=" + date.toString().substring(0, 7), null, 200);
        api.call("GET", "/videos/today-feed", null, 200);
        api.call("GET", "/videos/" + videoId, null, 200);
        JsonNode moment = api.call("POST", "/videos/" + videoId + "/timestamps", "{\"offsetSec\":1.0,\"label\":\"the best bit\"}", 201);
        if (number % 4 == 1) {
            api.call("DELETE", "/videos/" + videoId + "/timestamps/" + moment.get("timestampId").asText(), null, 204, 404);
        }
        if (deleteAfter) {
            api.call("DELETE", "/videos/" + videoId, null, 204, 404);
            ledger.deleted(videoId);
        }
    }
}
