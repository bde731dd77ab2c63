package com.harufilm.application.share;

import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.share.SharedVideos.SharedVideo;
import com.harufilm.domain.video.VideoDetails;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Someone opened a share link's page: the day it shows, and one more view on the link when a person opened it. */
public final class OpenSharedDay {

    /** Who opened the page: a person, or a messenger's link previewer reading its Open Graph tags (which is no view). */
    public enum Visitor { PERSON, LINK_PREVIEWER }

    /** All the page shows: the day and its video's shape, nothing else of its owner. */
    public record SharedDay(LocalDate date, @Nullable Double durationSec, @Nullable Integer width, @Nullable Integer height) {
    }

    private final SharedVideos shared;
    private final ShareLinks shares;

    public OpenSharedDay(ShareLinks shares, DiaryReads reads, Clock clock) {
        this.shared = new SharedVideos(shares, reads, clock);
        this.shares = shares;
    }

    public SharedDay open(String token, Visitor visitor) {
        SharedVideo found = shared.find(token);
        if (visitor == Visitor.PERSON) {
            shares.countView(found.share().id());
        }
        VideoDetails details = found.details();
        return new SharedDay(details.video().uploadDate(), details.durationSec(), details.width(), details.height());
    }
}
