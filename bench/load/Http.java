import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal HTTP/1.1 client over one kept-alive socket: the generators share the machine's two cores with the server,
 * and the JDK's HttpClient spent about 3 ms of CPU per request (a third of a core at 100 requests/s).
 */
final class Http {

    static final Pattern COOKIE = Pattern.compile("(?im)^set-cookie:\\s*(JSESSIONID=[^;\\r\\n]+)");
    static final Pattern LOCATION = Pattern.compile("(?im)^location:\\s*(\\S+)\\s*$");
    private static final Pattern LENGTH = Pattern.compile("(?m)^content-length:\\s*(\\d+)");

    private Http() {
    }

    /** One kept-alive connection; reconnects when the server closes it or is gone. */
    static final class Conn {
        final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Conn(URI base) throws IOException {
            this.base = base;
            attach(connect(base));
        }

        Response get(String path, String cookie) throws IOException {
            return send("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "\r\n", new byte[0]);
        }

        Response post(String path, String cookie, String contentType, byte[] body) throws IOException {
            return send("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n", body);
        }

        private Response send(String head, byte[] body) throws IOException {
            if (socket == null) {
                attach(connect(base)); // down before: try again, fail fast while the server is gone
            }
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            Response r = Response.read(in);
            if (r.closes()) {
                reconnect();
            }
            return r;
        }

        void reconnect() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // gone already
            }
            socket = null;
            try {
                attach(connect(base));
            } catch (IOException e) {
                // the server is down (kill -9): the next request fails fast and counts as failed
            }
        }

        private void attach(Socket s) throws IOException {
            socket = s;
            in = new BufferedInputStream(s.getInputStream());
            out = s.getOutputStream();
        }

        private static Socket connect(URI base) throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(60_000);
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            return s;
        }
    }

    /** An HTTP/1.1 response: status, header block, body (by Content-Length or chunked). */
    record Response(int status, String head, byte[] body, boolean closes) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The header's value by pattern, or null. */
        String header(Pattern p) {
            Matcher m = p.matcher(head);
            return m.find() ? m.group(1) : null;
        }

        static Response read(InputStream in) throws IOException {
            String head = headBlock(in);
            int status = Integer.parseInt(head.substring(9, 12));
            String lower = head.toLowerCase(Locale.ROOT);
            byte[] body;
            Matcher length = LENGTH.matcher(lower);
            if (length.find()) {
                body = in.readNBytes(Integer.parseInt(length.group(1)));
            } else if (lower.contains("transfer-encoding: chunked")) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                while (true) {
                    int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                    if (size == 0) {
                        line(in);
                        break;
                    }
                    all.write(in.readNBytes(size));
                    line(in);
                }
                body = all.toByteArray();
            } else {
                body = new byte[0];
            }
            return new Response(status, head, body, lower.contains("connection: close"));
        }

        private static String headBlock(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            for (String l; !(l = line(in)).isEmpty(); ) {
                b.append(l).append('\n');
            }
            if (b.length() < 12) {
                throw new IOException("no response");
            }
            return b.toString();
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            return b.toString(StandardCharsets.UTF_8);
        }
    }
}
