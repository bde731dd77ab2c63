package com.harufilm.bootstrap.api;

import com.harufilm.application.notification.DispatchNotices;
import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.UserRepository;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;

/** Notices recorded with their events and the dispatcher that sends them; the push sender comes from the component. */
@Module
interface NotificationModule {

    @Provides
    static Notices notices(NotificationLog log, UserRepository users, Clock clock) {
        return new Notices(log, users, clock);
    }

    @Provides
    static DispatchNotices dispatchNotices(NotificationLog log, DeviceRegistry devices, PushSender sender, Clock clock) {
        return new DispatchNotices(log, devices, sender, clock);
    }
}
