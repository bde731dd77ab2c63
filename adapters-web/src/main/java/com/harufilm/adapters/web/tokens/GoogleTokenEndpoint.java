package com.harufilm.adapters.web.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.domain.error.GoogleLoginFailed;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Google's OAuth token endpoint: trades an authorization code for an (unverified) ID token. */
final class GoogleTokenEndpoint {

    /** OAuth error codes are short snake_case words; anything else in the body is not repeated. */
    private static final Pattern OAUTH_ERROR = Pattern.compile("[a-z_]{1,40}");

    private final GoogleSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    GoogleTokenEndpoint(GoogleSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    String exchange(String code, String redirectUri, @Nullable String codeVerifier) {
        HttpResponse<String> response = send(form(code, redirectUri, codeVerifier));
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return idToken(response.body());
        }
        // 408 and 429 say "not now" rather than "no": the client may retry, as after a 5xx.
        if (status >= 500 || status == 408 || status == 429) {
            throw GoogleLoginFailed.unreachable("Google's token endpoint answered HTTP " + status,
                    new IOException("HTTP " + status + " from " + settings.tokenUri()));
        }
        throw GoogleLoginFailed.rejected("Google refused the authorization code (HTTP " + status + ", " + oauthError(response.body()) + ")");
    }

    private HttpResponse<String> send(String form) {
        HttpRequest request = HttpRequest.newBuilder(settings.tokenUri())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw GoogleLoginFailed.unreachable("Google's token endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GoogleLoginFailed.unreachable("interrupted while waiting for Google's token endpoint", e);
        }
    }

    private String form(String code, String redirectUri, @Nullable String codeVerifier) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("client_id", settings.clientId());
        fields.put("client_secret", settings.clientSecret());
        fields.put("redirect_uri", redirectUri);
        if (codeVerifier != null) {
            fields.put("code_verifier", codeVerifier);
        }
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private String idToken(String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (IOException e) {
            // A success status with a body we cannot read is Google misbehaving: a bad gateway.
            throw GoogleLoginFailed.unreachable("Google's token endpoint answered with unreadable JSON", e);
        }
        JsonNode idToken = answer.path("id_token");
        if (!idToken.isTextual() || idToken.asText().isBlank()) {
            throw GoogleLoginFailed.rejected("Google's answer carried no ID token (was the openid scope requested?)");
        }
        return idToken.asText();
    }

    private String oauthError(String body) {
        try {
            String error = json.readTree(body).path("error").asText("");
            return OAUTH_ERROR.matcher(error).matches() ? error : "no OAuth error code";
        } catch (IOException e) {
            return "no OAuth error code";
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
