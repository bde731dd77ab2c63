package com.harufilm.bootstrap.api;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.JobLeases;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadOutcomes;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.application.upload.AbortUpload;
import com.harufilm.application.upload.CompleteUpload;
import com.harufilm.application.upload.GetPartUploadUrls;
import com.harufilm.application.upload.GetUploadStatus;
import com.harufilm.application.upload.InitiateUpload;
import com.harufilm.application.upload.SweepExpiredUploads;
import com.harufilm.application.upload.SweepObjectDeletions;
import com.harufilm.application.upload.UploadSettings;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** The upload use cases and the sweepers that clean up after uploads and deletions. */
@Module
interface UploadModule {

    /** Every upload's object lies under a user's prefix, so the sweeper looks there for stray ones. */
    String UPLOAD_PREFIX = "users/";

    @Provides
    static InitiateUpload initiateUpload(UserRepository users, VideoRepository videos, UploadSessions sessions, MultipartUploads multipart,
                                         ObjectDeletions deletions, Transactions transactions, UploadOutcomes outcomes, UploadSettings settings,
                                         Clock clock) {
        return new InitiateUpload(users, videos, sessions, multipart, deletions, transactions, outcomes, settings, new SecureRandom(), clock);
    }

    @Provides
    static GetPartUploadUrls getPartUploadUrls(UploadSessions sessions, MultipartUploads multipart, UploadSettings settings, Clock clock) {
        return new GetPartUploadUrls(sessions, multipart, settings, clock);
    }

    @Provides
    static GetUploadStatus getUploadStatus(UploadSessions sessions, MultipartUploads multipart, ObjectStore store, Clock clock) {
        return new GetUploadStatus(sessions, multipart, store, clock);
    }

    @Provides
    static CompleteUpload completeUpload(UploadSessions sessions, VideoRepository videos, VideoTimestamps timestamps, EncodingJobs jobs,
                                         ObjectDeletions deletions, MultipartUploads multipart, ObjectStore store, Transactions transactions,
                                         Notices notices, UploadOutcomes outcomes, UploadSettings settings, Clock clock) {
        return new CompleteUpload(sessions, videos, timestamps, jobs, deletions, multipart, store, transactions, notices, outcomes, settings,
                clock);
    }

    @Provides
    static AbortUpload abortUpload(UploadSessions sessions, ObjectDeletions deletions, MultipartUploads multipart, Transactions transactions,
                                   UploadOutcomes outcomes, Clock clock) {
        return new AbortUpload(sessions, deletions, multipart, transactions, outcomes, clock);
    }

    @Provides
    @Singleton
    static PeriodicJobs periodicJobs(JobLeases leases, Clock clock) {
        return new PeriodicJobs(leases, clock);
    }

    @Provides
    static SweepObjectDeletions sweepObjectDeletions(ObjectDeletions deletions, ObjectRemoval removal, Clock clock) {
        return new SweepObjectDeletions(deletions, removal, clock);
    }

    @Provides
    static SweepExpiredUploads sweepExpiredUploads(UploadSessions sessions, MultipartUploads multipart, ObjectDeletions deletions,
                                                   Notices notices, UploadOutcomes outcomes, Transactions transactions, Clock clock) {
        return new SweepExpiredUploads(sessions, multipart, deletions, UPLOAD_PREFIX, notices, outcomes, transactions, clock);
    }
}
