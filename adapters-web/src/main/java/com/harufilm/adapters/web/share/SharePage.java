package com.harufilm.adapters.web.share;

import com.harufilm.adapters.web.assets.PackedAssets;
import com.harufilm.application.share.OpenSharedDay.SharedDay;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The share page and the page of an ended link, in Korean or English as the visitor's browser
 * prefers. Every value is escaped; the page names the day and nothing else of its owner.
 */
final class SharePage {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final List<Locale> LANGUAGES = List.of(Locale.KOREAN, Locale.ENGLISH);

    private final String day = template("share.html");
    private final String ended = template("ended.html");

    /** {@code base}: the API's public origin; {@code path}: the link's own path, /s/{token}. */
    String day(SharedDay shared, String base, String path, @Nullable String acceptLanguage) {
        boolean korean = korean(acceptLanguage);
        String date = shared.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(korean ? Locale.KOREAN : Locale.US));
        String title = korean ? date + "의 하루 · Haru Film" : date + " · Haru Film";
        return fill(day, Map.ofEntries(
                Map.entry("lang", korean ? "ko" : "en"),
                Map.entry("title", title),
                Map.entry("heading", date),
                Map.entry("description", korean ? "하루필름에 담긴 어느 하루의 순간" : "A moment of one day, kept on Haru Film"),
                Map.entry("videoLabel", korean ? date + "의 영상" : "The video of " + date),
                Map.entry("unplayable", korean ? "이 브라우저에서는 영상을 재생할 수 없어요." : "This browser cannot play the video."),
                Map.entry("pageUrl", base + path),
                Map.entry("thumbnailUrl", base + path + "/thumbnail.jpg"),
                Map.entry("playlistUrl", base + path + "/master.m3u8"),
                Map.entry("thumbnailPath", path + "/thumbnail.jpg"),
                Map.entry("playlistPath", path + "/master.m3u8"),
                Map.entry("width", Objects.toString(shared.width(), "")),
                Map.entry("height", Objects.toString(shared.height(), ""))));
    }

    /** The one page for unknown, expired and revoked links alike. */
    String ended(@Nullable String acceptLanguage) {
        boolean korean = korean(acceptLanguage);
        return fill(ended, Map.of(
                "lang", korean ? "ko" : "en",
                "title", korean ? "볼 수 없는 링크예요" : "This link cannot be opened",
                "explanation", korean ? "링크가 만료되었거나, 공유가 취소되었거나, 처음부터 없던 링크예요."
                        : "The link has expired, its sharing was stopped, or it never existed."));
    }

    private static boolean korean(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            return Locale.KOREAN.equals(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("the share page has no value for " + slot.group(1));
            }
            slot.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        return slot.appendTail(out).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String template(String name) {
        return new String(PackedAssets.find("/com/harufilm/adapters/web/share/" + name)
                .orElseThrow(() -> new IllegalStateException(name + " is not on the classpath")), StandardCharsets.UTF_8);
    }
}
