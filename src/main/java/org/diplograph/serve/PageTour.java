package org.diplograph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench's pages as a browser opens them, to time them ({@code bench-web}) and to warm a server that has just
 * started: a page's files, then its SPARQL, the same {@code web/q} files filled in with the same terms as the page's
 * script fills them (app.js {@code bind()}), each round of queries sent at once as the script sends them.
 *
 * <pre>{@code
 * PageTour tour = new PageTour(URI.create("http://localhost:3030/"));
 * for (PageTour.Page page : tour.pages()) {
 *     Duration first = tour.visit(page);
 * }
 * }</pre>
 */
public final class PageTour {

    /**
     * One page: its name, its address on the server ("/actor.html?iri=..."), the files the browser loads for it (the
     * page, what it links, the scripts' own fetches), and its queries in rounds: each round is sent at once, after
     * the round before has answered.
     */
    public record Page(String name, String address, List<String> files, List<List<String>> rounds) {
        public Page {
            files = List.copyOf(files);
            rounds = rounds.stream().map(List::copyOf).toList();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\b");
    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"/([^\"]+)\"");
    /** As app.js searchTerms(): at most this many of the registry's other names go into a search. */
    private static final int MAX_ALIASES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    /** @param base the server's root, e.g. {@code http://localhost:3030/} */
    public PageTour(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    /** The start page: the most reported actors and events. */
    public Page start() throws IOException {
        return page("start", "index", "", Map.of(), List.of(List.of("home-actors", "home-events")));
    }

    /**
     * Every page type, on the store's own examples: the start page; a search for the most reported actor's name; that
     * actor's page; the event of its that most articles report; the newest article that mentions it; the timeline
     * and network as first opened (the year up to the latest event); the SPARQL editor.
     *
     * @throws IllegalStateException when the store has no actor with events and articles to show
     */
    public List<Page> pages() throws IOException {
        List<Map<String, String>> top = select(query("home-actors", Map.of()));
        if (top.isEmpty()) {
            throw new IllegalStateException("the store has no actors to show");
        }
        String actor = top.get(0).get("actor");
        Map<String, String> onActor = Map.of("actor", iri(actor));
        String event = mostReported(select(query("actor-events", onActor)));
        List<Map<String, String>> articles = select(query("actor-articles", onActor));
        if (event == null || articles.isEmpty()) {
            throw new IllegalStateException(actor + " has no event or no article to show");
        }
        String article = articles.get(0).get("article");
        String text = top.get(0).getOrDefault("name", "").trim().toLowerCase(Locale.ROOT);
        List<Map<String, String>> latest = select(query("explore-latest", Map.of()));
        String from = latest.isEmpty() ? null : viewStart(latest.get(0).get("latest"));

        return List.of(start(),
                page("search", "index", "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), searchTerms(text),
                        List.of(List.of("search", "search-articles")), "aliases.json"),
                page("actor", "actor", about(actor), onActor, List.of(List.of("actor", "actor-names", "actor-events",
                        "actor-roles", "actor-stances", "actor-coactors", "actor-quotes", "actor-articles"))),
                page("event", "event", about(event), Map.of("event", iri(event)), List.of(List.of("event",
                        "event-participants", "event-reports", "event-names"))),
                page("article", "article", about(article), Map.of("article", iri(article)), List.of(List.of(
                        "article", "article-facts", "article-mentions"))),
                page("explore", "explore", "", Map.of("from", str(from == null ? "0000" : from), "to", str("9999")),
                        List.of(List.of("explore-latest"), List.of("explore-events"))),
                page("sparql", "sparql", "", Map.of(), List.of(), "queries/"));
    }

    /** Loads the page's files, then sends its rounds of queries; returns when the last answer has been read. */
    public Duration visit(Page page) throws IOException {
        long t0 = System.nanoTime();
        await(page.files().stream().map(f -> get(f).thenApply(r -> check(r, f))).toList());
        for (List<String> round : page.rounds()) {
            await(round.stream().map(q -> post(q).thenApply(r -> check(r, page.name() + " query"))).toList());
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** A page query of the jar ({@code web/q/NAME.rq}) with each {@code $name} replaced by its term. */
    public static String query(String name, Map<String, String> terms) {
        try (InputStream in = PageTour.class.getClassLoader().getResourceAsStream("web/q/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no page query " + name);
            }
            return fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As app.js bind(): a placeholder without a term stays as it is (a SPARQL variable). */
    static String fill(String text, Map<String, String> terms) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(terms.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** As app.js iri(). */
    static String iri(String value) {
        if (!value.matches("(?i)[a-z][a-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*")) {
            throw new IllegalArgumentException("not an IRI: " + value);
        }
        return "<" + value + ">";
    }

    /** As app.js str(). */
    static String str(String value) {
        return "\"" + value.replaceAll("[\\\\\"]", "\\\\$0").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    /** As explore.js: a view opened without a filter starts a year before the latest event. */
    static String viewStart(String latest) {
        if (latest == null || latest.isEmpty()) {
            return null;
        }
        String[] p = latest.split("-");
        return (Integer.parseInt(p[0]) - 1) + "-" + (p.length > 1 ? p[1] : "01") + "-" + (p.length > 2 ? p[2] : "01");
    }

    /** As app.js searchTerms(): the text, and the registry's other names that contain it as VALUES rows. */
    private Map<String, String> searchTerms(String text) throws IOException {
        JsonNode aliases = JSON.readTree(body(get("aliases.json"), "aliases.json"));
        List<String> rows = new ArrayList<>();
        for (Iterator<JsonNode> it = aliases.elements(); it.hasNext() && rows.size() < MAX_ALIASES; ) {
            JsonNode pair = it.next();
            String name = pair.get(0).asText();
            if (name.toLowerCase(Locale.ROOT).contains(text)) {
                rows.add("(" + str(pair.get(1).asText()) + " " + str(name) + ")");
            }
        }
        return Map.of("text", str(text), "aliases", String.join(" ", rows));
    }

    private static String mostReported(List<Map<String, String>> events) {
        String best = null;
        long most = -1;
        for (Map<String, String> e : events) {
            long n = Long.parseLong(e.getOrDefault("articles", "0"));
            if (n > most) {
                most = n;
                best = e.get("event");
            }
        }
        return best;
    }

    private static String about(String iri) {
        return "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /**
     * A page whose script is {@code script}.js: the files the browser loads for it (its HTML, what its head links:
     * style, libraries, the script; app.js, the labels, the query files, and what else the script fetches), and its
     * rounds of page queries, filled with the terms.
     */
    private Page page(String name, String script, String query, Map<String, String> terms, List<List<String>> rounds,
                      String... fetched) throws IOException {
        String html = script + ".html";
        Set<String> files = new LinkedHashSet<>();
        files.add(html);
        String page = resource("web/" + html);
        // what the head links the browser loads; a link in the body is only followed when clicked
        Matcher m = LINKED.matcher(page.substring(0, Math.max(0, page.indexOf("</head>"))));
        while (m.find()) {
            files.add(m.group(1));
        }
        files.add("app.js");
        files.add("labels.json");
        files.addAll(List.of(fetched));
        rounds.forEach(r -> r.forEach(q -> files.add("q/" + q + ".rq")));
        List<List<String>> filled = rounds.stream().map(r -> r.stream().map(q -> query(q, terms)).toList()).toList();
        return new Page(name, "/" + (script.equals("index") ? "" : html) + query, new ArrayList<>(files), filled);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageTour.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing from the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A SELECT's rows: variable name to value (lexical form or IRI). */
    List<Map<String, String>> select(String query) throws IOException {
        JsonNode json = JSON.readTree(body(post(query), "query"));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : json.path("results").path("bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().path("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    private CompletableFuture<HttpResponse<byte[]>> get(String file) {
        return http.sendAsync(HttpRequest.newBuilder(base.resolve(file)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private CompletableFuture<HttpResponse<byte[]>> post(String query) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return http.sendAsync(HttpRequest.newBuilder(base.resolve("diplograph/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> check(HttpResponse<byte[]> r, String what) {
        if (r.statusCode() != 200) {
            String first = new String(r.body(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + first);
        }
        return r;
    }

    private static byte[] body(CompletableFuture<HttpResponse<byte[]>> response, String what) throws IOException {
        return check(await(List.of(response)).get(0), what).body();
    }

    private static <T> List<T> await(List<CompletableFuture<T>> all) throws IOException {
        List<T> out = new ArrayList<>();
        for (CompletableFuture<T> f : all) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
        return out;
    }
}
