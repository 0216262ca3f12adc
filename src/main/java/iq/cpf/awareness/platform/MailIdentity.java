package iq.cpf.awareness.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;

/**
 * Who the application's mail comes from, and the domain that names its messages and calendar
 * events. Read from {@code MAIL_FROM}, which may be a bare address or {@code "Name <address>"}; the
 * domain is that of the address, so Message-IDs and calendar UIDs stay valid whichever form is set.
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

    /** The sender as a header value: the name when there is one, and the address. */
    public InternetAddress sender() {
        try {
            InternetAddress sender = new InternetAddress(address, false);
            if (name != null) {
                sender.setPersonal(name, "UTF-8");
            }
            return sender;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("MAIL_FROM is not an address: " + address, e);
        }
    }
}
