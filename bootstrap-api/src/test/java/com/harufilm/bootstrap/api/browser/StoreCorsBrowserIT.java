package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A page that `harufilm dev` serves puts a part straight to the store's presigned URL, as the web client does. */
@Tag("browser")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StoreCorsBrowserIT {

    @RegisterExtension
    static final DevServer dev = new DevServer();
    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final String PUT_ONE_PART = """
            async ({token, uploadDate}) => {
              const api = (path, init = {}) => fetch(path, {...init,
                  headers: {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'}}).then(r => r.json());
              const ticket = await api('/uploads/multi-parts/initiate', {method: 'POST', body: JSON.stringify(
                  {uploadDate, fileName: 'recording.webm', contentType: 'video/webm;codecs=vp8,opus', fileSize: 1024})});
              const part = await api(`/uploads/multi-parts/part?uploadId=${ticket.uploadId}&partNumber=1`);
              const put = await fetch(part.url, {method: 'PUT', body: new Blob([new Uint8Array(1024)], {type: 'video/webm'})});
              const status = await api(`/uploads/multi-parts/${ticket.uploadId}`);
              return {status: put.status, etag: put.headers.get('ETag'), held: status.uploadedParts.length};
            }""";

    @Test
    void aPartPutFromTheBrowserCrossesToTheStoreAndItsEtagIsReadable() throws Exception {
        String token = dev.accessToken("cors@example.com");
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/docs");
            var traffic = StoreTraffic.of(context);

            @SuppressWarnings("unchecked")
            var answer = (Map<String, Object>) page.evaluate(PUT_ONE_PART,
                    Map.of("token", token, "uploadDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));

            assertEquals(200, answer.get("status"), answer.toString());
            assertTrue(String.valueOf(answer.get("etag")).matches("\"?[0-9a-f]{32}\"?"), "the ETag is exposed to the page: " + answer);
            assertEquals(1, answer.get("held"), answer.toString());
            assertEquals(Map.of(1, 1), traffic.putsPerPart());
            assertEquals(List.of(), traffic.partsSentAgain());
        }
    }
}
