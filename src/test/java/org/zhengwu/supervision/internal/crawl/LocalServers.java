package org.zhengwu.supervision.internal.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP servers on 127.0.0.1 for the probes: one that answers 200 for {@code /ok} and 404 for everything else, one
 * that accepts connections and never answers, and a port nobody listens on. Closed after the test.
 */
final class LocalServers implements AutoCloseable {

    private final HttpServer answering;
    private final ServerSocket silent;
    private final List<java.net.Socket> held = new ArrayList<>();
    private final int deadPort;

    LocalServers() {
        try {
            answering = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            answering.createContext("/", exchange -> {
                int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            answering.start();
            silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // read nothing, answer nothing
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-server");
            accept.setDaemon(true);
            accept.start();
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                deadPort = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String answering(String path) {
        return "http://127.0.0.1:" + answering.getAddress().getPort() + path;
    }

    String silent(String path) {
        return "http://127.0.0.1:" + silent.getLocalPort() + path;
    }

    String dead(String path) {
        return "http://127.0.0.1:" + deadPort + path;
    }

    @Override
    public void close() throws IOException {
        answering.stop(0);
        silent.close();
        for (java.net.Socket s : held) {
            s.close();
        }
    }
}
