package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.participation.control.Summaries;
import iq.cpf.awareness.participation.control.Summary;
import iq.cpf.awareness.participation.control.SummaryExports;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Locale;

/**
 * Answers a summary request in the format the client asks for, by {@code Accept} or, for links in a
 * browser, by {@code ?format=json|csv|pdf}; in the language of {@code ?lang=}, else of {@code
 * Accept-Language}, else English.
 */
@RequestScoped
public class SummaryResponses {

    public static final String CSV = "text/csv";
    public static final String PDF = "application/pdf";
    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(
                            MediaType.APPLICATION_JSON_TYPE,
                            MediaType.valueOf(CSV),
                            MediaType.valueOf(PDF))
                    .build();

    @Inject Summaries summaries;
    @Inject Event<Audited> audited;
    @Inject SummaryExports exports;

    public Response answer(
            Scope scope,
            String title,
            String fileName,
            String format,
            String lang,
            Request request,
            HttpHeaders headers) {
        MediaType type = type(format, request);
        Language language =
                lang == null || lang.isBlank()
                        ? Language.preferred(headers.getAcceptableLanguages())
                        : language(lang);
        Summary summary = summaries.of(scope, language);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
        }
        boolean csv = CSV.equals(type.getType() + "/" + type.getSubtype());
        byte[] body =
                csv
                        ? exports.csv(summary, language)
                        : exports.pdf(summary, language, title(title, language));
        String name = fileName + "-" + language.code() + (csv ? ".csv" : ".pdf");
        audited.fire(Audited.of("export", "summary", null, name));
        return Response.ok(body, csv ? CSV + ";charset=UTF-8" : PDF)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static MediaType type(String format, Request request) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> MediaType.APPLICATION_JSON_TYPE;
                case "csv" -> MediaType.valueOf(CSV);
                case "pdf" -> MediaType.valueOf(PDF);
                default -> throw new InvalidInput("format", "param.oneOf", "json, csv, pdf");
            };
        }
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen == null ? MediaType.APPLICATION_JSON_TYPE : chosen.getMediaType();
    }

    private static Language language(String lang) {
        return Language.byCode(lang)
                .orElseThrow(() -> new InvalidInput("lang", "param.oneOf", Language.codes()));
    }

    private static String title(String title, Language language) {
        return Messages.get(language.locale(), "summary.title")
                + " — "
                + (title == null ? Messages.get(language.locale(), "summary.everywhere") : title);
    }
}
