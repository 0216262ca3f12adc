package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login form of the UI, over the same users as the API, and the API used with the UI's session.
 */
class LoginIT extends ApplicationTest {

    WebSession browser;

    @BeforeEach
    void setUp() {
        browser = new WebSession(root());
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return browser.get(path, language);
    }

    private HttpResponse<String> login(String email, String password) throws Exception {
        return browser.login(email, password);
    }

    @Test
    void pagesRedirectToTheLoginForm() throws Exception {
        HttpResponse<String> home = get("/index.xhtml", "en");
        assertEquals(302, home.statusCode());
        assertTrue(
                home.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next="));
    }

    @Test
    void theLoginFormLogsInAndTheSessionOpensTheApi() throws Exception {
        HttpResponse<String> done = login(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        assertEquals(302, done.statusCode(), done::body);
        assertTrue(done.headers().firstValue("Location").orElseThrow().endsWith("/index.xhtml"));
        HttpResponse<String> home = get("/index.xhtml", "en");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(Api.ADMIN_EMAIL), home::body);
        HttpResponse<String> me = get("/api/users/me", "en");
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"role\":\"admin\""), me::body);
    }

    @Test
    void aWrongPasswordStaysOnTheFormWithAMessage() throws Exception {
        HttpResponse<String> failed = login(Api.ADMIN_EMAIL, "wrong-password");
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("Wrong email or password"), failed::body);
        assertEquals(302, get("/index.xhtml", "en").statusCode());
    }

    @Test
    void arabicPagesAreRightToLeft() throws Exception {
        HttpResponse<String> page = get("/login.xhtml", "ar");
        assertTrue(
                page.body().contains("dir=\"rtl\"") && page.body().contains("تسجيل الدخول"),
                page::body);
        HttpResponse<String> sorani = get("/login.xhtml", "ckb");
        assertTrue(
                sorani.body().contains("dir=\"rtl\"") && sorani.body().contains("چوونەژوورەوە"),
                sorani::body);
        assertTrue(get("/login.xhtml", "en").body().contains("dir=\"ltr\""));
    }
}
