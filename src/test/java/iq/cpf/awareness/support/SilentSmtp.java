package iq.cpf.awareness.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that stops answering, which GreenMail cannot be made to do (greenmail #124): it
 * either accepts connections and never says a word, or speaks SMTP and accepts the first few
 * messages, then takes the next one's data and never answers. Put in GreenMail's place (stop
 * GreenMail first), it shows whether the application waits for ever.
 */
public final class SilentSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final boolean greets;
    private final AtomicInteger toAccept;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private SilentSmtp(int port, boolean greets, int messages) {
        this.greets = greets;
        this.toAccept = new AtomicInteger(messages);
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptAll, "silent-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts connections and never answers, not even the greeting. */
    public static SilentSmtp mute(int port) {
        return new SilentSmtp(port, false, 0);
    }

    /** Accepts the first {@code messages} messages, then never answers the next one's data. */
    public static SilentSmtp acceptingFirst(int port, int messages) {
        return new SilentSmtp(port, true, messages);
    }

    /** How many messages it accepted. */
    public int accepted() {
        return accepted.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                Thread talk = new Thread(() -> converse(socket), "silent-smtp-connection");
                talk.setDaemon(true);
                talk.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(
                                    socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            if (!greets) {
                drain(in);
                return;
            }
            say(out, "220 silent.example ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 silent.example");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
                    case "DATA" -> {
                        say(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself is of no interest
                        }
                        if (toAccept.getAndDecrement() > 0) {
                            accepted.incrementAndGet();
                            say(out, "250 queued");
                        } else {
                            drain(in);
                            return;
                        }
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "502 not here");
                }
            }
        } catch (IOException e) {
            // the client gave up on it: what the tests wait for
        }
    }

    /** Reads, never answering, until the client gives up and closes the connection. */
    private static void drain(BufferedReader in) throws IOException {
        while (in.readLine() != null) {
            // silence
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : connections) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
