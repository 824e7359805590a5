package org.diplograph.text;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * {@code .html}: keeps the article's main text (headings, paragraphs, list items of the main content)
 * and drops navigation, asides, share bars, forms, scripts and ads. The extracted text, one block per
 * paragraph, is what offsets point into.
 */
public final class HtmlReader implements ArticleReader {

    private static final String CHROME = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "button, svg, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|footer|header|sidebar|share|sharing|social|related|recommended|advert|"
                    + "ads?|promo|cookie|consent|subscribe|newsletter|comments?|breadcrumbs?|popup|modal|banner|teaser|"
                    + "outbrain|taboola)([\\s_-]|$)");

    @Override
    public void read(Path file, String content, InputSink sink) {
        Document doc = Jsoup.parse(content);
        String headline = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String publisher = meta(doc, "og:site_name");

        doc.select(CHROME).remove();
        for (Element el : doc.getAllElements()) {
            if (el.parent() != null && CHROME_CLASS.matcher(el.className() + " " + el.id()).find()
                    && !Set.of("html", "body", "article", "main").contains(el.tagName())) {
                el.remove();
            }
        }
        Element root = java.util.stream.Stream.of(doc.selectFirst("article"), doc.selectFirst("main"),
                doc.selectFirst("[role=main]"), doc.body()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        StringBuilder text = new StringBuilder();
        if (root != null) {
            Elements blocks = root.select("h1, h2, h3, h4, p, li, blockquote");
            for (Element block : blocks) {
                if (!block.select("p, li").isEmpty() && !block.tagName().equals("p")) {
                    continue; // its paragraphs are visited on their own
                }
                String blockText = block.text().strip();
                if (!blockText.isEmpty()) {
                    text.append(blockText).append("\n\n");
                }
            }
            if (text.length() == 0) {
                text.append(root.text());
            }
        }
        String name = file.getFileName().toString();
        sink.accept(new Article(url != null ? url : name, headline, text.toString().strip(), url,
                JsonArticleReader.parseDate(published), publisher, file.toString()));
    }

    private static String meta(Document doc, String key) {
        Element el = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return el == null ? null : el.attr("content");
    }

    private static String attr(Element el, String name) {
        return el == null ? null : el.attr(name);
    }

    private static String text(Element el) {
        return el == null ? null : el.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
