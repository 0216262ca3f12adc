package iq.cpf.awareness.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A line to the server that a test can cut, as a phone loses its signal: a TCP relay on a port of
 * its own that, while cut, drops every connection it holds and every new one at once. A browser
 * that talks to the server through it is offline for real, its service worker included, while the
 * test still reaches the server directly.
 */
public final class Outage implements AutoCloseable {

    private final ServerSocket listener;
    private final String host;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private Outage(URL server) throws IOException {
        this.host = server.getHost();
        this.port = server.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "outage-relay");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A line to the server at this address. */
    public static Outage to(URL server) {
        try {
            return new Outage(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's address through the line. */
    public String base() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/";
    }

    /** No more signal: what is open is dropped, and so is everything new until {@link #restore}. */
    public void cut() {
        cut = true;
        open.forEach(Outage::quietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        quietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    quietly(client);
                    continue;
                }
                Socket server = new Socket(host, port);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                // The listener closed, or the server refused one connection: the browser sees a
                // failed request, as it would.
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread relay =
                new Thread(
                        () -> {
                            byte[] buffer = new byte[16384];
                            try (InputStream in = from.getInputStream();
                                    OutputStream out = to.getOutputStream()) {
                                for (int read; (read = in.read(buffer)) >= 0; ) {
                                    out.write(buffer, 0, read);
                                    out.flush();
                                }
                            } catch (IOException e) {
                                // One side went away: the other follows.
                            } finally {
                                quietly(from);
                                quietly(to);
                                open.remove(from);
                                open.remove(to);
                            }
                        },
                        "outage-pipe");
        relay.setDaemon(true);
        relay.start();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing what is closing already.
        }
    }
}
