package com.harufilm.application.upload.archsample;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.Outbox;

/** Keeps featuresMeetOnlyInTheDomainAndThePorts: a feature using a port and the shared Notices. */
public record RecordsANotice(Notices notices, Outbox outbox) {
}
