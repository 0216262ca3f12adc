package iq.cpf.awareness.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;

/**
 * Who the application's mail comes from, and the domain that names its messages and calendar
 * events. Read from {@code MAIL_FROM}, which may be a bare address or {@code "Name <address>"}; the
 * domain is that of the address, so Message-IDs and calendar UIDs stay valid whichever form is set.
 * Each message may show a name of its own (a forum's) in front of that one address.
 */
public record MailIdentity(String address, String name, String domain) {

    public static MailIdentity of(String from) {
        String address;
        String name = null;
        try {
            InternetAddress parsed = new InternetAddress(from, false);
            address = parsed.getAddress();
            name = parsed.getPersonal();
        } catch (AddressException e) {
            address = from.trim();
        }
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).trim();
        return new MailIdentity(address, name, domain.isEmpty() ? "localhost" : domain);
    }

    /**
     * The sender as a header value: the address, shown as {@code personal} (a forum's name, say),
     * or as MAIL_FROM's name when there is none. A name in any script is encoded (RFC 2047, UTF-8);
     * line breaks and other control characters cannot reach the header.
     */
    public InternetAddress sender(String personal) {
        String shown =
                personal == null || personal.isBlank()
                        ? name
                        : personal.replaceAll("\\p{Cntrl}", " ").strip();
        try {
            InternetAddress sender = new InternetAddress(address, false);
            if (shown != null) {
                sender.setPersonal(shown, "UTF-8");
            }
            return sender;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("MAIL_FROM is not an address: " + address, e);
        }
    }
}
