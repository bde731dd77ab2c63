package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.InvalidRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ClientDatesTest {

    @Test
    void aDayAndAMonthParseInTheContractsShape() {
        assertEquals(LocalDate.of(2026, 2, 28), ClientDates.day("date", "2026-02-28"));
        assertEquals(YearMonth.of(2026, 12), ClientDates.month("month", "2026-12"));
    }

    @Test
    void yearsJavaAcceptsButNoDatabaseColumnHoldsAreRefusedNamingTheField() {
        for (String text : new String[] {"+99999-01-01", "-0001-01-01", "0001-01-01", "2026-02-30", "2026-1-01", " 2026-01-01", ""}) {
            var refused = assertThrows(InvalidRequest.class, () -> ClientDates.day("uploadDate", text), text);
            assertEquals("uploadDate", refused.field());
        }
        for (String text : new String[] {"+99999-01", "9999-99", "1899-12", "2026-13", "2026-01-01"}) {
            assertThrows(InvalidRequest.class, () -> ClientDates.month("month", text), text);
        }
    }
}
