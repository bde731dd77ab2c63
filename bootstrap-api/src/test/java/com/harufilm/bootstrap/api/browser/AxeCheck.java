package com.harufilm.bootstrap.api.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** axe-core run over a page as it is now; serious and critical violations are the ones a page must not have. */
public final class AxeCheck {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Enough offending elements per rule to find them, not so many that the message drowns. */
    private static final int NODES_SHOWN = 3;

    private AxeCheck() {
    }

    /** The page's serious and critical violations (WCAG 2.x A and AA rules and axe's best practices). */
    public static List<Rule> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
    }

    /** Fails with each violation's rule, impact, help and first offending elements. */
    public static void assertNoSeriousViolations(Page page) {
        List<Rule> violations = seriousViolations(page);
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " serious accessibility violation(s) on " + page.url() + ":\n"
                    + describe(violations));
        }
    }

    /** One paragraph per rule: "id (impact): help <url>", then the offending elements' selectors and markup. */
    public static String describe(List<Rule> violations) {
        return violations.stream().map(AxeCheck::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String shown = nodes.stream().limit(NODES_SHOWN)
                .map(node -> "    " + node.getTarget() + "  " + node.getHtml())
                .collect(Collectors.joining("\n"));
        String more = nodes.size() > NODES_SHOWN ? "\n    ... and " + (nodes.size() - NODES_SHOWN) + " more" : "";
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n" + shown + more;
    }
}
