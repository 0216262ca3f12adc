package iq.cpf.awareness.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (installed from the npm registry by the build into target/axe) run on the page the
 * browser shows: the serious and critical accessibility violations, each with the elements it found
 * them on.
 */
public final class Axe {

    private static final Path SCRIPT =
            Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    private Axe() {}

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        try {
            js.executeScript(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "axe-core is missing; the build installs it with npm: " + SCRIPT, e);
        }
        Object found =
                js.executeAsyncScript(
                        """
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)
                        .map(n => n.target.join(' ') + ' ' + n.html.slice(0, 120) + ' ' + (n.any[0] ? n.any[0].message : ''))
                        .join(' | '))));
                """);
        return (List<String>) found;
    }
}
