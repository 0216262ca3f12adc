package iq.cpf.awareness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English, Arabic and Sorani: a key added in one bundle only shows as its key
 * in the others.
 */
class MessageBundlesTest {

    @Test
    void everyBundleHasTheSameKeysInEachLanguage() {
        for (String bundle : new String[] {"/i18n/messages", "/ValidationMessages"}) {
            Set<String> english = keys(bundle + ".properties");
            assertEquals(english, keys(bundle + "_ar.properties"), bundle + " in Arabic");
            assertEquals(english, keys(bundle + "_ckb.properties"), bundle + " in Sorani");
        }
    }

    private static Set<String> keys(String resource) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
