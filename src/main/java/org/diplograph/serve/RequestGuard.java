package org.diplograph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every request before Fuseki sees it: the Host header must name this server (a page on another site that
 * rebinds its DNS name to 127.0.0.1 must not reach a loopback endpoint); a body must state its length and stay within
 * the limit (413, one line, before any of it is read); and while the server drains for shutdown new requests get 503.
 * It also notes when each request arrived, so the query timeout counts reading and parsing.
 */
final class RequestGuard implements Filter {

    private static final String ARRIVAL = RequestGuard.class.getName() + ".arrival";

    private final Set<String> hosts;
    private final long maxBodyBytes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    /**
     * @param hosts the host names (lower case, without port) requests may address; null accepts any
     */
    RequestGuard(Set<String> hosts, long maxBodyBytes) {
        this.hosts = hosts;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** When the request arrived, as {@link System#nanoTime()}; now if it did not pass through a guard. */
    static long arrival(HttpServletRequest request) {
        return request.getAttribute(ARRIVAL) instanceof Long t ? t : System.nanoTime();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        request.setAttribute(ARRIVAL, System.nanoTime());
        if (draining) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is shutting down.");
            return;
        }
        if (!hostAllowed(request.getHeader("Host"))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Host not served here: use one of " + hosts + ".");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request body over " + maxBodyBytes + " bytes.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    "Send a Content-Length (bodies up to " + maxBodyBytes + " bytes).");
            return;
        }
        inFlight.incrementAndGet();
        try {
            chain.doFilter(req, resp);
            // a drain counts this request done only once its answer has left, not while Jetty still buffers it
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone; nothing left to deliver
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private boolean hostAllowed(String header) {
        if (hosts == null || header == null) {
            return true; // HTTP/1.0 sends no Host; a browser always does
        }
        String host = header.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(0, end + 1);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return hosts.contains(host);
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(reason);
    }

    /** Refuses new requests and waits up to the grace period for those in flight; true if all ended. */
    boolean drain(long graceMillis) throws InterruptedException {
        draining = true;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        while (inFlight.get() > 0 && System.nanoTime() - end < 0) {
            Thread.sleep(50);
        }
        return inFlight.get() == 0;
    }
}
