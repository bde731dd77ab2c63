package com.harufilm.domain.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret part of a share link: whoever holds it may watch the day. Only its hash is stored, so
 * a copy of the database opens no link.
 */
public record ShareToken(String value) {

    /** 24 bytes in unpadded base64url: 192 bits. */
    public static final int LENGTH = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    public ShareToken {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("a share token is " + LENGTH + " base64url characters");
        }
    }

    /** Whether {@code text} could be a token at all; anything else is an unknown link without a lookup. */
    public static boolean wellFormed(String text) {
        return FORM.matcher(text).matches();
    }

    /** What is stored and looked up: SHA-256, hex. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ShareToken[hidden]";
    }
}
