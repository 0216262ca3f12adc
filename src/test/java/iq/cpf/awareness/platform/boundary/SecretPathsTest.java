package iq.cpf.awareness.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A bug: the addresses of emailed links were written to the log when answering them failed. */
class SecretPathsTest {

    @Test
    void tokensOfLinksAndFeedsNeverReachTheLog() {
        assertEquals(
                "/links/…", SecretPaths.redacted("/links/Zq3xY_abcdefghijklmnopqrstuvwxyz012345"));
        assertEquals(
                "/links/…/files/12",
                SecretPaths.redacted("/links/Zq3xY_abcdefghijklmnop/files/12"));
        assertEquals("/feeds/…", SecretPaths.redacted("/feeds/volunteers/5/abcdef0123456789.ics"));
        assertEquals("/api/visits/5", SecretPaths.redacted("/api/visits/5"));
        assertNull(SecretPaths.redacted(null));
    }
}
