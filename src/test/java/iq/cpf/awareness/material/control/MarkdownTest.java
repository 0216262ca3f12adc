package iq.cpf.awareness.material.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hello <script src=\"https://evil.example/x.js\"></script>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "![x](javascript:alert(1))",
                "<img src=x onerror=alert(1)>",
                "<a href=\"#\" onclick=\"alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)></svg>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<form action=\"https://evil.example\"><input name=p></form>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "```\n</code><script>alert(1)</script>\n```"
            })
    void noScriptSurvives(String hostile) {
        String html =
                Markdown.html("# Lesson\n\n" + hostile + "\n\nText after.")
                        .toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(
                html.contains("onerror") || html.contains("onclick") || html.contains("onload"),
                html);
        assertFalse(
                html.contains("<iframe")
                        || html.contains("<svg")
                        || html.contains("<object")
                        || html.contains("<embed"),
                html);
        assertFalse(html.contains("<form") || html.contains("<input"), html);
        assertFalse(html.contains("data:text/html"), html);
        assertFalse(html.contains("style="), html);
        assertTrue(html.contains("<h1>lesson</h1>"), html);
        assertTrue(html.contains("text after."), html);
    }

    @Test
    void lessonMarkdownKeepsItsShape() {
        String html =
                Markdown.html(
                        """
                ## أهداف الدرس

                1. **Say no** to pills from strangers
                2. Tell a *trusted adult*

                - a list
                - [a safe link](https://example.org/lesson)

                | Step | Minutes |
                | --- | --- |
                | Warm-up | 5 |
                """);
        assertTrue(html.contains("<h2>أهداف الدرس</h2>"), html);
        assertTrue(
                html.contains("<ol>")
                        && html.contains("<strong>Say no</strong>")
                        && html.contains("<em>trusted adult</em>"),
                html);
        assertTrue(html.contains("href=\"https://example.org/lesson\""), html);
        assertTrue(html.contains("<table>") && html.contains("<td>Warm-up</td>"), html);
    }
}
