package org.diplograph.serve;

import com.google.common.base.Suppliers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The analyst's workbench: the pages under {@code web/} in the jar, the browser libraries they use (taken from WebJars
 * at build time and named one by one in {@code web/libs.properties}, never fetched from elsewhere), the canned queries
 * of {@code queries/}, the labels of the ontology's classes and codes ({@link VocabularyLabels}) and the registry's
 * other names for its actors ({@link RegistryAliases}). Everything it serves is a file of the jar: the pages read the
 * store only through the read-only SPARQL endpoint.
 *
 * <p>Every answer forbids the browser to load anything from another origin (Content-Security-Policy), so a page that
 * names a CDN by mistake fails in the tests rather than quietly going online.
 */
final class Workbench extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Scripts and connections to this server only; ECharts and CodeMirror set inline styles, and ECharts' image
     * export is a data: URL. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Pattern PAGE_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|png|svg)");
    private static final Pattern PAGE_QUERY = Pattern.compile("q/[a-z0-9][a-z0-9-]*\\.rq");
    private static final Pattern CANNED_QUERY = Pattern.compile("queries/[a-z0-9][a-z0-9-]*\\.rq");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "rq",
            "application/sparql-query; charset=utf-8", "png", "image/png", "svg", "image/svg+xml",
            "json", "application/json; charset=utf-8");

    // read from the jar once per process, when first asked for: the registry alone is half a megabyte of Turtle
    private static final Supplier<Map<String, String>> LIBS = Suppliers.memoize(() -> WebJarLibs.load(classLoader()));
    private static final Supplier<byte[]> QUERY_LIST = Suppliers.memoize(
            () -> CannedQueries.listJson(classLoader()).getBytes(StandardCharsets.UTF_8));
    private static final Supplier<byte[]> LABELS = Suppliers.memoize(
            () -> VocabularyLabels.json(classLoader()).getBytes(StandardCharsets.UTF_8));
    private static final Supplier<byte[]> ALIASES = Suppliers.memoize(
            () -> RegistryAliases.json(classLoader()).getBytes(StandardCharsets.UTF_8));

    private static ClassLoader classLoader() {
        return Workbench.class.getClassLoader();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String name = path.equals("/") ? "index.html" : path.substring(1);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (name.equals("labels.json")) {
            send(response, "json", LABELS.get(), false);
        } else if (name.equals("aliases.json")) {
            send(response, "json", ALIASES.get(), false);
        } else if (name.equals("queries/")) {
            send(response, "json", QUERY_LIST.get(), false);
        } else if (name.startsWith("lib/") && LIBS.get().containsKey(name.substring(4))) {
            sendResource(response, LIBS.get().get(name.substring(4)), true);
        } else if (PAGE_FILE.matcher(name).matches() || PAGE_QUERY.matcher(name).matches()) {
            sendResource(response, "web/" + name, false);
        } else if (CANNED_QUERY.matcher(name).matches()) {
            sendResource(response, name, false);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private void sendResource(HttpServletResponse response, String resource, boolean immutable) throws IOException {
        byte[] body;
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            body = in.readAllBytes();
        }
        send(response, resource.substring(resource.lastIndexOf('.') + 1), body, immutable);
    }

    /**
     * A library's file changes only with its version, which is in its path; a page, a query or a count may change
     * with the jar or the store, so the browser asks again each time (and gets it from the jar, cheaply).
     */
    private static void send(HttpServletResponse response, String extension, byte[] body, boolean immutable)
            throws IOException {
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The library files the pages may load, by the name they use under {@code /lib/}. */
    static final class WebJarLibs {
        private WebJarLibs() {
        }

        /**
         * Reads {@code web/libs.properties}: {@code name = webjar/path/in/its/jar}; the version comes from the WebJar's
         * own Maven properties, so a new version in the pom needs no other change.
         */
        static Map<String, String> load(ClassLoader loader) {
            Properties names = properties(loader, "web/libs.properties");
            Map<String, String> out = new java.util.TreeMap<>();
            for (String name : names.stringPropertyNames()) {
                String spec = names.getProperty(name).trim();
                int slash = spec.indexOf('/');
                String artifact = spec.substring(0, slash);
                Properties pom = properties(loader, "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties");
                out.put(name, "META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version")
                        + spec.substring(slash));
            }
            return Map.copyOf(out);
        }

        private static Properties properties(ClassLoader loader, String resource) {
            Properties p = new Properties();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the class path: " + resource);
                }
                p.load(in);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
