package com.harufilm.application.contract;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbound ports the contracts check, as one implementation provides them: the Jdbi adapters
 * on a database, or the in-memory fakes. They share one store, so a contract seeds one port
 * through another, as the application does.
 */
public interface ContractPorts {

    UserRepository users();

    LoginSessions loginSessions();

    DeviceRegistry devices();

    NotificationLog notifications();

    ObjectDeletions objectDeletions();

    ReminderSchedule reminderSchedule();

    UploadSessions uploadSessions();

    VideoRepository videos();

    VideoEncodingState videoEncodingState();

    DiaryReads diaryReads();

    VideoTimestamps videoTimestamps();

    ShareLinks shareLinks();

    /** What the store keeps about videos that no port answers, for the contracts' checks. */
    VideoRecords videoRecords();

    EncodingAttempts encodingAttempts();

    Outbox outbox();

    /** Writes outbox messages as an adapter does in its transaction, and tells what the outbox keeps. */
    OutboxRecords outboxRecords();

    Transactions transactions();

    /** Outbox messages as the store holds them. */
    interface OutboxRecords {

        /** A message written for the relay, available from {@code availableAt}; answers its id. */
        long write(String topic, String payload, Instant availableAt);

        /** When the message was marked sent, while it is kept; empty when unsent or forgotten. */
        Optional<Instant> sentAt(long id);

        /** The message is still kept, sent or not. */
        boolean holds(long id);
    }

    /** A video's bookkeeping as the store holds it. */
    interface VideoRecords {

        /** When the video last changed status (progress is no change). */
        Instant statusChangedAt(VideoId id);

        /**
         * The memory ordinals of the user's COMPLETE videos, in order, after the implementation has
         * checked its own bookkeeping (the user's count matches them; no other video holds one).
         */
        List<Integer> memoryOrdinals(UserId user);

        /** The video's memory ordinal; it must have one. */
        int memoryOrdinalOf(VideoId id);
    }
}
