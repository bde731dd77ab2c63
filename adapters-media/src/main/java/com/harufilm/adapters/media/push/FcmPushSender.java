package com.harufilm.adapters.media.push;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.domain.retry.Backoff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends pushes through FCM's HTTP v1 API with firebase-admin, 500 per sendEach, retrying only what FCM calls transient. */
public final class FcmPushSender implements PushSender, AutoCloseable {

    static final int MAX_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(FcmPushSender.class);

    private final FirebaseApp app;
    private final FirebaseMessaging messaging;
    private final FcmSettings settings;
    private final RandomGenerator random;
    private final Backoff backoff;
    /** sendEach calls so far; tests read it to see the batching. */
    final AtomicInteger batchesSent = new AtomicInteger();

    public FcmPushSender(FcmSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
        this.backoff = new Backoff(settings.backoffBase(), settings.maxDelay());
        this.app = FirebaseApp.initializeApp(options(settings), "harufilm-fcm-" + UUID.randomUUID());
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    private static FirebaseOptions options(FcmSettings settings) {
        var transport = settings.transport();
        try (InputStream json = settings.isInlineJson()
                ? new ByteArrayInputStream(settings.serviceAccount().getBytes(StandardCharsets.UTF_8))
                : Files.newInputStream(Path.of(settings.serviceAccount()))) {
            var credentials = transport == null
                    ? GoogleCredentials.fromStream(json)
                    : GoogleCredentials.fromStream(json, () -> transport);
            int timeout = (int) settings.timeout().toMillis();
            var builder = FirebaseOptions.builder().setCredentials(credentials)
                    .setConnectTimeout(timeout).setReadTimeout(timeout).setWriteTimeout(timeout);
            if (transport != null) {
                builder.setHttpTransport(transport);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the FCM service account", e);
        }
    }

    @Override
    public List<PushResult> send(List<PushMessage> messages) {
        var outcomes = new Outcome[messages.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            pending.add(i);
        }
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            var retry = new Retry();
            for (int from = 0; from < pending.size(); from += MAX_BATCH) {
                sendBatch(messages, pending.subList(from, Math.min(from + MAX_BATCH, pending.size())), outcomes, retry);
            }
            pending = retry.indexes;
            if (pending.isEmpty() || attempt >= settings.maxRetries() || !pause(delay(attempt, retry.retryAfter))) {
                break;
            }
            log.debug("retrying {} FCM message(s), attempt {}", pending.size(), attempt + 1);
        }
        var results = new ArrayList<PushResult>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            results.add(new PushResult(messages.get(i).token(), outcomes[i] == null ? Outcome.FAILED : outcomes[i]));
        }
        return results;
    }

    /** Messages to send again and the longest wait FCM asked for. */
    private static final class Retry {
        final List<Integer> indexes = new ArrayList<>();
        Duration retryAfter = Duration.ZERO;

        void add(int index, FirebaseMessagingException e) {
            indexes.add(index);
            FcmFailures.retryAfter(e).filter(d -> d.compareTo(retryAfter) > 0).ifPresent(d -> retryAfter = d);
        }
    }

    private void sendBatch(List<PushMessage> messages, List<Integer> batch, Outcome[] outcomes, Retry retry) {
        var sendable = new ArrayList<Integer>(batch.size());
        var built = new ArrayList<Message>(batch.size());
        for (int index : batch) {
            try {
                built.add(toMessage(messages.get(index)));
                sendable.add(index);
            } catch (IllegalArgumentException | NullPointerException malformed) {
                outcomes[index] = messages.get(index).token().isBlank() ? Outcome.INVALID_TOKEN : Outcome.FAILED;
            }
        }
        if (built.isEmpty()) {
            return;
        }
        BatchResponse response;
        try {
            batchesSent.incrementAndGet();
            response = messaging.sendEach(built);
        } catch (FirebaseMessagingException e) {
            log.warn("FCM batch of {} failed as a whole: {}", built.size(), e.getMessage());
            sendable.forEach(index -> retry.add(index, e));
            return;
        } catch (RuntimeException e) {
            log.warn("FCM batch of {} failed unexpectedly", built.size(), e);
            sendable.forEach(index -> outcomes[index] = Outcome.FAILED);
            return;
        }
        List<SendResponse> responses = response.getResponses();
        for (int i = 0; i < sendable.size(); i++) {
            int index = sendable.get(i);
            SendResponse one = responses.get(i);
            if (one.isSuccessful()) {
                outcomes[index] = Outcome.SENT;
                continue;
            }
            var e = one.getException();
            switch (FcmFailures.classify(e)) {
                case INVALID_TOKEN -> outcomes[index] = Outcome.INVALID_TOKEN;
                case TRANSIENT -> retry.add(index, e);
                case PERMANENT -> {
                    log.warn("FCM refused a message: {} {}", e.getMessagingErrorCode(), e.getMessage());
                    outcomes[index] = Outcome.FAILED;
                }
            }
        }
    }

    private static Message toMessage(PushMessage push) {
        var builder = Message.builder()
                .setToken(push.token())
                .setNotification(Notification.builder().setTitle(push.title()).setBody(push.body()).build())
                .putAllData(push.data());
        if (push.collapseKey() != null) {
            builder.setAndroidConfig(AndroidConfig.builder().setCollapseKey(push.collapseKey()).build())
                    .setApnsConfig(ApnsConfig.builder()
                            .putHeader("apns-collapse-id", push.collapseKey())
                            .setAps(Aps.builder().build())
                            .build());
        }
        return builder.build();
    }

    /** Exponential from the base with up to 50% jitter, at least what Retry-After asked, never past the cap. */
    Duration delay(int attempt, Duration retryAfter) {
        Duration jittered = backoff.jittered(attempt, random);
        Duration asked = jittered.compareTo(retryAfter) < 0 ? retryAfter : jittered;
        return asked.compareTo(backoff.cap()) > 0 ? backoff.cap() : asked;
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        app.delete();
    }

    @Override
    public String toString() {
        return "FcmPushSender" + Arrays.asList(app.getName());
    }
}
