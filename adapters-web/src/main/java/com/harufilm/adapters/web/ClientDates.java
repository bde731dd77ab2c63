package com.harufilm.adapters.web;

import com.harufilm.domain.error.InvalidRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Days and months as clients write them, {@code YYYY-MM-DD} and {@code YYYY-MM}: a four-digit
 * year from {@value #FIRST_YEAR}, so no value reaches the database outside the range its DATE
 * columns hold ({@code +99999-01-01} and year 1 parse in Java, not in every database).
 */
public final class ClientDates {

    static final int FIRST_YEAR = 1900;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ClientDates() {
    }

    public static LocalDate day(String field, String text) {
        return parse(field, text, DAY, LocalDate::parse, LocalDate::getYear, "a date YYYY-MM-DD from " + FIRST_YEAR + "-01-01 on");
    }

    public static YearMonth month(String field, String text) {
        return parse(field, text, MONTH, YearMonth::parse, YearMonth::getYear, "a month YYYY-MM from " + FIRST_YEAR + "-01 on");
    }

    private static <T> T parse(String field, String text, Pattern shape, Function<String, T> parser, ToIntFunction<T> year,
                               String wanted) {
        try {
            if (shape.matcher(text).matches()) {
                T value = parser.apply(text);
                if (year.applyAsInt(value) >= FIRST_YEAR) {
                    return value;
                }
            }
        } catch (DateTimeParseException e) {
            // same answer as a malformed text
        }
        throw new InvalidRequest(field, field + " must be " + wanted);
    }
}
