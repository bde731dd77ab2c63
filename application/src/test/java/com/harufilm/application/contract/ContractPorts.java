package com.harufilm.application.contract;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoRepository;

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

    EncodingAttempts encodingAttempts();

    Transactions transactions();
}
