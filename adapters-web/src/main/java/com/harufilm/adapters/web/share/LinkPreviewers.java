package com.harufilm.adapters.web.share;

import com.harufilm.application.share.OpenSharedDay.Visitor;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells a messenger's link previewer from a person by its User-Agent: a link pasted in a chat is
 * fetched by the messenger's server (KakaoTalk, Facebook and Messenger, WhatsApp, Telegram,
 * Slack, Discord, X, iMessage, which says it is Facebook's and X's) before anyone opens it. A
 * previewer that hides as a browser still counts: the count is for the owner, not for billing.
 */
final class LinkPreviewers {

    private static final Pattern PREVIEWER = Pattern.compile(
            "kakaotalk-scrap|facebookexternalhit|facebot|twitterbot|whatsapp|telegrambot|slackbot|slack-imgproxy|discordbot"
                    + "|linkedinbot|skypeuripreview|embedly|pinterest|bingpreview|yeti/|daum[ /]|googlebot|applebot|bot/|bot;|spider|crawler",
            Pattern.CASE_INSENSITIVE);

    private LinkPreviewers() {
    }

    static Visitor of(@Nullable String userAgent) {
        // No User-Agent at all is a script, not a browser.
        return userAgent == null || userAgent.isBlank() || PREVIEWER.matcher(userAgent).find() ? Visitor.LINK_PREVIEWER : Visitor.PERSON;
    }
}
