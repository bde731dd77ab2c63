package com.harufilm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileTest {

    private static final Dockerfile SAMPLE = Dockerfile.parse("""
            # syntax=docker/dockerfile:1
            ARG BASE=debian
            FROM ${BASE} AS build
            RUN make \\
             && make install

            FROM build AS app
            COPY --from=build /src/out/app.jar /app/app.jar
            COPY README /app/
            ENV A=1 \\
                B=/x
            HEALTHCHECK --interval=5s \\
              CMD curl -f http://127.0.0.1/live || exit 1
            ENTRYPOINT ["java", "-jar", "/app/app.jar"]
            CMD echo shell form
            """);

    @Test
    void stagesKeepTheirNameBaseAndJoinedInstructions() {
        assertEquals(List.of("build", "app"), SAMPLE.stages().stream().map(Dockerfile.Stage::name).toList());
        assertEquals("${BASE}", SAMPLE.stage("build").base());
        assertEquals(List.of("make  && make install"), SAMPLE.stage("build").arguments("RUN"));
        assertEquals(List.of("--interval=5s  CMD curl -f http://127.0.0.1/live || exit 1"), SAMPLE.stage("app").arguments("HEALTHCHECK"));
    }

    @Test
    void copiesFromStagesEnvAndExecFormAreRead() {
        Dockerfile.Stage app = SAMPLE.stage("app");

        assertEquals(List.of(new Dockerfile.Copy("build", "/src/out/app.jar", "/app/app.jar")), app.copiesFromOtherStages());
        assertEquals(Map.of("A", "1", "B", "/x"), app.env());
        assertEquals(Optional.of(List.of("java", "-jar", "/app/app.jar")), app.execForm("ENTRYPOINT"));
        assertEquals(Optional.empty(), SAMPLE.stage("build").execForm("ENTRYPOINT"));
    }

    @Test
    void aShellFormCommandIsRefusedWhereExecFormIsExpected() {
        assertThrows(IllegalStateException.class, () -> SAMPLE.stage("app").execForm("CMD"));
    }
}
