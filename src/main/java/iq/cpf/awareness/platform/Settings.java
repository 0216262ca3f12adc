package iq.cpf.awareness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The settings of the integration contract, read from the environment (system properties of the same name
 * win, which is what tests and {@code -D} on the command line use).
 */
@ApplicationScoped
public class Settings {

    public String baseUrl() {
        String url = value("APP_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public ZoneId timeZone() {
        try {
            return ZoneId.of(value("APP_TIMEZONE").orElse("Asia/Baghdad"));
        } catch (DateTimeException e) {
            return ZoneId.of("Asia/Baghdad");
        }
    }

    public Optional<String> adminEmail() {
        return value("ADMIN_EMAIL");
    }

    public Optional<String> adminPassword() {
        return value("ADMIN_PASSWORD");
    }

    public boolean demoData() {
        return value("DEMO_DATA").map(Boolean::parseBoolean).orElse(false);
    }

    public int integer(String name, int fallback) {
        try {
            return value(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Optional<String> value(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
