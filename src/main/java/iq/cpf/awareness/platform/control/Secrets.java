package iq.cpf.awareness.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Keys the application makes for itself on first use and keeps in the database, so that every node
 * of a cluster signs alike and links stay valid across restarts: unsubscribe links and calendar
 * feed URLs are HMACs under such a key, so they need no table of their own.
 */
@ApplicationScoped
public class Secrets {

    @Resource(lookup = "java:jboss/datasources/AwarenessDirectDS")
    DataSource dataSource;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** A URL-safe signature of {@code text} under the named key. */
    public String sign(String keyName, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.computeIfAbsent(keyName, this::load), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String keyName, String text, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(keyName, text).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] load(String name) {
        try (Connection connection = dataSource.getConnection()) {
            byte[] existing = read(connection, name);
            if (existing != null) {
                return existing;
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try (PreparedStatement insert =
                    connection.prepareStatement(
                            "insert into app_secret (name, secret) values (?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, Base64.getEncoder().encodeToString(fresh));
                insert.executeUpdate();
                return fresh;
            } catch (SQLException anotherNodeWasFaster) {
                return read(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the application's secrets", e);
        }
    }

    private static byte[] read(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select secret from app_secret where name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Base64.getDecoder().decode(rows.getString(1)) : null;
            }
        }
    }
}
