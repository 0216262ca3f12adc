package iq.cpf.awareness.platform.control;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's messages in the server's log: its progress notes at DEBUG, its warnings and
 * errors as such, instead of every line on standard error (which the server logs as ERROR).
 */
class PdfLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        LOG.log(level(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        LOG.log(level(level), message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The server's logging configuration decides the levels.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isEnabled(level(diagnostic.getLevel()));
    }

    private static Logger.Level level(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        return level.intValue() >= Level.WARNING.intValue()
                ? Logger.Level.WARN
                : Logger.Level.DEBUG;
    }
}
