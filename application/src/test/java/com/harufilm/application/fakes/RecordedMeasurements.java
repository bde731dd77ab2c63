package com.harufilm.application.fakes;

import com.harufilm.application.port.out.EncodingMeasurements;
import com.harufilm.application.port.out.UploadOutcomes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the use cases measured, for tests to read: one line per measurement, in order. */
public final class RecordedMeasurements implements EncodingMeasurements, UploadOutcomes {

    public final List<String> recorded = new ArrayList<>();

    @Override
    public void playable(Duration sinceUpload) {
        recorded.add("playable " + sinceUpload);
    }

    @Override
    public void completed(Duration sinceUpload) {
        recorded.add("completed " + sinceUpload);
    }

    @Override
    public void encoded(Duration workerTime) {
        recorded.add("encoded " + workerTime);
    }

    @Override
    public void failed() {
        recorded.add("failed");
    }

    @Override
    public void completed() {
        recorded.add("upload completed");
    }

    @Override
    public void aborted() {
        recorded.add("upload aborted");
    }

    @Override
    public void superseded() {
        recorded.add("upload superseded");
    }

    @Override
    public void expired() {
        recorded.add("upload expired");
    }
}
