package com.harufilm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariableCrossCheckTest {

    private static final String README = """
            # Sample

            ## Configuration

            | variable | default | meaning |
            |---|---|---|
            | `PORT` | `8080` | HTTP port |
            | `HARU_DB_USER` / `HARU_DB_PASSWORD` | `root` / empty | database credentials |
            | `HARU_PUSH` | `fcm` | where pushes go, not `HARU_NOT_A_ROW` |

            ## Architecture

            | `HARU_ELSEWHERE` | a table of another section |
            """;

    private static final String ENV_EXAMPLE = """
            # Host port of the API.
            API_PORT=8080

            # PORT: HTTP port
            #PORT=8080

            # HARU_DB_USER / HARU_DB_PASSWORD: database credentials
            HARU_DB_USER=haru
            HARU_DB_PASSWORD=change-me

            #HARU_PUSH=fcm
            """;

    @Test
    void theTableGivesTheNamesOfEachRowsFirstCellOnly() {
        assertEquals(Set.of("PORT", "HARU_DB_USER", "HARU_DB_PASSWORD", "HARU_PUSH"), ConfigurationTable.variables(README));
    }

    @Test
    void theEnvExampleListsSetAndCommentedLinesAndNamesTheOnesWithoutAComment() {
        EnvExample env = EnvExample.parse(ENV_EXAMPLE);

        assertEquals(Set.of("API_PORT", "PORT", "HARU_DB_USER", "HARU_DB_PASSWORD", "HARU_PUSH"), env.listed().keySet());
        assertEquals(Map.of("API_PORT", "8080", "HARU_DB_USER", "haru", "HARU_DB_PASSWORD", "change-me"), env.set());
        assertEquals(List.of("HARU_PUSH"), env.undocumented());
    }

    @Test
    void filesUsingOnlyListedVariablesHaveNoProblem() {
        assertEquals(List.of(), check(Map.of("compose.yaml", HaruVariables.in("HARU_DB_USER: ${HARU_DB_USER:-haru}"))));
    }

    @Test
    void aVariableMissingFromTheTableAndTheEnvExampleIsNamedWithItsFile() {
        var used = HaruVariables.in("environment:\n  HARU_PUSH: log\n  HARU_SECRET_SAUCE: ${HARU_SECRET_SAUCE}\n");

        assertEquals(List.of(
                        "compose.yaml uses HARU_SECRET_SAUCE, which the README's Configuration table does not list",
                        "compose.yaml uses HARU_SECRET_SAUCE, which .env.example does not list"),
                check(Map.of("compose.yaml", used)));
    }

    @Test
    void aTableRowMissingFromTheEnvExampleAndAnEnvExampleNameMissingFromTheTableAreBothNamed() {
        Set<String> table = Set.of("PORT", "HARU_PUSH");
        Set<String> env = Set.of("API_PORT", "HARU_PUSH", "HARU_OLD_SETTING");

        assertEquals(List.of(
                        "the README's Configuration table lists PORT, .env.example does not",
                        ".env.example lists HARU_OLD_SETTING, the README's Configuration table does not"),
                VariableCrossCheck.problems(table, env, Map.of()));
    }

    private static List<String> check(Map<String, Set<String>> usedByFile) {
        return VariableCrossCheck.problems(ConfigurationTable.variables(README),
                EnvExample.parse(ENV_EXAMPLE).listed().keySet(), usedByFile);
    }
}
