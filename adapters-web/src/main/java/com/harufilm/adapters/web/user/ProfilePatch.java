package com.harufilm.adapters.web.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.UserLocale;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a PATCH /users/me body: only the members present change, each checked with its own message. */
final class ProfilePatch {

    private static final Pattern HOURS_MINUTES = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private ProfilePatch() {
    }

    static ProfileChange read(ObjectNode body) {
        String zone = text(body, "timezone");
        if (zone != null && !ZONES.contains(zone)) {
            throw new InvalidRequest("timezone", "timezone must be an IANA zone such as Asia/Seoul");
        }
        String time = text(body, "reminderTime");
        if (time != null && !HOURS_MINUTES.matcher(time).matches()) {
            throw new InvalidRequest("reminderTime", "reminderTime must be HH:mm, 00:00 to 23:59");
        }
        String locale = text(body, "locale");
        UserLocale userLocale = locale == null ? null : UserLocale.fromTag(locale)
                .orElseThrow(() -> new InvalidRequest("locale", "locale must be ko or en"));
        JsonNode enabled = present(body, "remindersEnabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw new InvalidRequest("remindersEnabled", "remindersEnabled must be true or false");
        }
        return new ProfileChange(text(body, "name"), zone == null ? null : ZoneId.of(zone),
                time == null ? null : LocalTime.parse(time), enabled == null ? null : enabled.booleanValue(), userLocale);
    }

    private static @Nullable String text(JsonNode body, String field) {
        JsonNode value = present(body, field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRequest(field, field + " must be a string");
        }
        return value.textValue();
    }

    /** The member's value; an explicit null is refused, since none of these fields can be cleared. */
    private static @Nullable JsonNode present(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value != null && value.isNull()) {
            throw new InvalidRequest(field, field + " cannot be null");
        }
        return value;
    }
}
