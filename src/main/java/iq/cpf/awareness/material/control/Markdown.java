package iq.cpf.awareness.material.control;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson Markdown as HTML safe to put in a page or an email. CommonMark passes raw HTML through and
 * would render {@code javascript:} links, so its output always goes through the OWASP sanitiser,
 * which keeps text formatting, headings, lists, tables, images over http(s) and links over http(s)
 * or mailto, and drops everything else.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY =
            Sanitizers.FORMATTING
                    .and(Sanitizers.BLOCKS)
                    .and(Sanitizers.TABLES)
                    .and(Sanitizers.LINKS)
                    .and(Sanitizers.IMAGES)
                    .and(
                            new HtmlPolicyBuilder()
                                    .allowElements("hr", "pre", "code", "dl", "dt", "dd")
                                    .allowAttributes("start")
                                    .matching(true, "[0-9]{1,4}")
                                    .onElements("ol")
                                    .toFactory());

    private Markdown() {}

    public static String html(String markdown) {
        return sanitise(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    public static String sanitise(String html) {
        return POLICY.sanitize(html);
    }
}
