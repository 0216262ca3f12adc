package iq.cpf.awareness.platform.control;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import iq.cpf.awareness.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Emails and the plain pages behind emailed links, from Pebble templates under {@code templates}:
 * {@code NAME.html.peb} with HTML escaping and {@code NAME.txt.peb} without. Their words come from
 * the {@code i18n.messages} bundle through Pebble's {@code i18n} function, in the reader's
 * language.
 */
@ApplicationScoped
public class Templates {

    private final PebbleEngine html = engine(true);
    private final PebbleEngine text = engine(false);

    /** A rendered pair of bodies. */
    public record Bodies(String text, String html) {}

    /**
     * The text and HTML bodies of email {@code templates/mail/NAME} from the message's record: its
     * components are the template's variables (nested records and lists of them too), with {@code
     * lang} and {@code dir} of the reader's language.
     */
    public Bodies render(String name, Locale locale, Record message) {
        Map<String, Object> model = new LinkedHashMap<>();
        Language language = Language.of(locale);
        model.put("lang", language.code());
        model.put("dir", language.dir());
        model.putAll(variables(message));
        return new Bodies(
                render(text, "mail/" + name + ".txt", locale, model),
                render(html, "mail/" + name + ".html", locale, model));
    }

    /** A record as the variables a template reads, by the names of its components. */
    static Map<String, Object> variables(Record record) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                variables.put(component.getName(), plain(component.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A mail's record must be public: " + record, e);
            }
        }
        return variables;
    }

    private static Object plain(Object value) {
        if (value instanceof Record record) {
            return variables(record);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Templates::plain).toList();
        }
        return value;
    }

    /** The HTML page {@code templates/page/NAME}. */
    public String page(String name, Locale locale, Map<String, Object> model) {
        return render(html, "page/" + name + ".html", locale, model);
    }

    /**
     * Answers with the page {@code templates/page/NAME} in the reader's language and direction, for
     * the pages behind emailed links: not cached, not indexed, and never leaking their address as a
     * Referer.
     */
    public void respond(
            HttpServletResponse response,
            int status,
            String name,
            Locale locale,
            Map<String, Object> model)
            throws IOException {
        Map<String, Object> full = new HashMap<>(model);
        full.put("lang", locale.getLanguage());
        full.put("dir", Language.of(locale).dir());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.getWriter().write(page(name, locale, full));
    }

    private static String render(
            PebbleEngine engine, String name, Locale locale, Map<String, Object> model) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static PebbleEngine engine(boolean escapeHtml) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(escapeHtml)
                .strictVariables(false)
                .newLineTrimming(false)
                .build();
    }
}
