package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.adapters.web.HttpApi.Endpoint;
import com.harufilm.adapters.web.openapi.ContractCheck;
import com.harufilm.apiclient.ApiClient;
import com.harufilm.apiclient.api.AuthApi;
import com.harufilm.apiclient.api.MeApi;
import com.harufilm.apiclient.model.DevLoginRequest;
import com.harufilm.apiclient.model.Login;
import com.harufilm.apiclient.model.User;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/openapi.yaml against the assembled API: the same routes both ways, and a client generated from it that works. */
class OpenApiContractIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}|<[^>]+>");

    @TempDir
    static Path work;

    private static HostileInput arena;
    private static ApiUnderTest api;

    @BeforeAll
    static void start() throws Exception {
        arena = HostileInput.start(TestDatabase.h2(), work);
        api = arena.api;
    }

    @AfterAll
    static void stop() throws Exception {
        arena.close();
    }

    @Test
    void everyRouteTheServerAnswersIsInTheDocumentAndEveryDocumentedOneIsServed() {
        // The reference page at /docs is a view of the document, the web client (/, /app/) and /assets/ are pages and their files:
        // not part of the API it describes.
        List<Endpoint> served = api.process().httpApi().endpoints().stream()
                .filter(route -> !route.path().startsWith("/docs") && !route.path().startsWith("/assets/") && !route.path().equals("/")
                        && !route.path().startsWith("/app/"))
                .toList();
        List<String> documented = ContractCheck.ofTheDocument().operations();

        assertTrue(served.size() > 20, "found only " + served);
        assertEquals(List.of(), served.stream().filter(route -> documented.stream().noneMatch(operation -> serves(route, operation))).toList(),
                "routes the server answers that docs/openapi.yaml does not describe");
        assertEquals(List.of(), documented.stream().filter(operation -> served.stream().noneMatch(route -> serves(route, operation))).toList(),
                "operations of docs/openapi.yaml that the server does not answer");
    }

    @Test
    void aClientGeneratedFromTheDocumentSignsInAndReadsTheProfile() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(api.base().toString());
        String email = "generated-" + UUID.randomUUID() + "@example.com";

        Login login = new AuthApi(client).devLogin(new DevLoginRequest().email(email));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + login.getAccessToken()));
        User me = new MeApi(client).getMe();

        assertEquals(email, me.getEmail());
        assertEquals(login.getUser().getUserId(), me.getUserId());
        assertEquals("Asia/Seoul", me.getTimezone());
    }

    /**
     * Whether the server's route answers the document's operation: the same method, and the path
     * with a server {name} standing for one templated segment and a server <name> for any number.
     */
    private static boolean serves(Endpoint route, String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        StringBuilder regex = new StringBuilder();
        Matcher parameters = PARAMETER.matcher(route.path());
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(route.path().substring(last, parameters.start())))
                    .append(parameters.group().startsWith("{") ? "\\{}" : "\\{}(/\\{})*");
            last = parameters.end();
        }
        regex.append(Pattern.quote(route.path().substring(last)));
        return route.method().equals(methodAndPath[0]) && methodAndPath[1].replaceAll("\\{[^}]+}", "{}").matches(regex.toString());
    }
}
