package iq.cpf.awareness.outbox.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;

/**
 * A text message as the SMSC takes it: in the GSM 7-bit default alphabet (one septet per octet,
 * unpacked, data coding 0) when every character has a place there, else in UCS-2 (data coding 8),
 * as Arabic and Sorani always are. A text longer than one message is cut into parts that each carry
 * a concatenation header (UDH: 05 00 03 reference total number), 153 septets or 67 UCS-2 characters
 * a part, never between the two halves of an escaped character or a surrogate pair. The same class
 * reads such parts back (the local SMSC and the tests).
 */
public final class SmsCodec {

    public static final byte GSM = 0x00;
    public static final byte UCS2 = 0x08;

    /** The most parts one message may have: longer texts are cut there. */
    public static final int MAX_PARTS = 10;

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENDED_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENDED_CODES = {
        0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
    };
    private static final byte ESCAPE = 0x1b;

    /** One part as it goes in a submit_sm: its bytes (with the header when it has one). */
    public record Part(byte[] bytes, boolean header) {

        /** The PDU's esm_class: with the UDH indicator when the part carries a header. */
        public ESMClass esmClass() {
            return header
                    ? new ESMClass(
                            MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                    : new ESMClass();
        }
    }

    /** A text ready to send: its data coding and its parts. */
    public record Encoded(byte dataCoding, List<Part> parts) {

        /** The PDU's data_coding. */
        public DataCoding coding() {
            return new GeneralDataCoding(
                    dataCoding == UCS2 ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
        }
    }

    /** A received part, read back. */
    public record Decoded(String text, int reference, int total, int number) {}

    private SmsCodec() {}

    /** Whether every character of the text is in the GSM default alphabet or its extension. */
    public static boolean gsm(String text) {
        return text.chars()
                .allMatch(
                        c ->
                                BASIC.indexOf(c) >= 0 && c != ESCAPE
                                        || EXTENDED_CHARS.indexOf(c) >= 0);
    }

    /** The text in one part or in parts under the given reference (0-255). */
    public static Encoded encode(String text, int reference) {
        return gsm(text) ? encodeGsm(text, reference) : encodeUcs2(text, reference);
    }

    private static Encoded encodeGsm(String text, int reference) {
        List<byte[]> chars = new ArrayList<>();
        for (char c : text.toCharArray()) {
            int basic = BASIC.indexOf(c);
            chars.add(
                    basic >= 0
                            ? new byte[] {(byte) basic}
                            : new byte[] {ESCAPE, EXTENDED_CODES[EXTENDED_CHARS.indexOf(c)]});
        }
        int septets = chars.stream().mapToInt(b -> b.length).sum();
        if (septets <= 160) {
            return new Encoded(GSM, List.of(new Part(concat(chars), false)));
        }
        List<byte[]> payloads = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        int length = 0;
        for (byte[] c : chars) {
            if (length + c.length > 153) {
                payloads.add(concat(current));
                current = new ArrayList<>();
                length = 0;
            }
            current.add(c);
            length += c.length;
        }
        payloads.add(concat(current));
        return new Encoded(GSM, withHeaders(payloads, reference));
    }

    private static Encoded encodeUcs2(String text, int reference) {
        if (text.length() <= 70) {
            return new Encoded(
                    UCS2, List.of(new Part(text.getBytes(StandardCharsets.UTF_16BE), false)));
        }
        List<byte[]> payloads = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + 67);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            payloads.add(text.substring(start, end).getBytes(StandardCharsets.UTF_16BE));
            start = end;
        }
        return new Encoded(UCS2, withHeaders(payloads, reference));
    }

    private static List<Part> withHeaders(List<byte[]> payloads, int reference) {
        List<byte[]> kept = payloads.subList(0, Math.min(payloads.size(), MAX_PARTS));
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            part.writeBytes(
                    new byte[] {
                        0x05, 0x00, 0x03, (byte) reference, (byte) kept.size(), (byte) (i + 1)
                    });
            part.writeBytes(kept.get(i));
            parts.add(new Part(part.toByteArray(), true));
        }
        return parts;
    }

    private static byte[] concat(List<byte[]> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A part read back: its text, and its place among the parts when it has a header. */
    public static Decoded decode(byte[] bytes, byte dataCoding, boolean header) {
        int reference = 0;
        int total = 1;
        int number = 1;
        int offset = 0;
        if (header && bytes.length > 0) {
            int headerLength = bytes[0] & 0xff;
            for (int i = 1; i + 1 < headerLength + 1; ) {
                int id = bytes[i] & 0xff;
                int length = bytes[i + 1] & 0xff;
                if (id == 0x00 && length == 3) {
                    reference = bytes[i + 2] & 0xff;
                    total = bytes[i + 3] & 0xff;
                    number = bytes[i + 4] & 0xff;
                }
                i += 2 + length;
            }
            offset = headerLength + 1;
        }
        byte[] payload = java.util.Arrays.copyOfRange(bytes, offset, bytes.length);
        String text =
                (dataCoding & 0x0f) == UCS2 || dataCoding == UCS2
                        ? new String(payload, StandardCharsets.UTF_16BE)
                        : gsmText(payload);
        return new Decoded(text, reference, total, number);
    }

    private static String gsmText(byte[] septets) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < septets.length; i++) {
            int code = septets[i] & 0x7f;
            if (code == ESCAPE && i + 1 < septets.length) {
                byte next = septets[++i];
                for (int e = 0; e < EXTENDED_CODES.length; e++) {
                    if (EXTENDED_CODES[e] == next) {
                        text.append(EXTENDED_CHARS.charAt(e));
                    }
                }
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }
}
