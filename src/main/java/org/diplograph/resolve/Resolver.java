package org.diplograph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.extract.facts.Facts;
import org.diplograph.link.EntityLinker;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.text.Article;
import org.diplograph.text.Dateline;

/**
 * Collapses an article's mentions into one entity per key. Keys are registry keys for known entities
 * and keys minted from the full name otherwise, so the same person, state or organisation gets the
 * same IRI in every article and the union of article graphs is already merged.
 */
public final class Resolver {

    private final Registry registry;
    private final EntityLinker linker;

    /** Without linking beyond the registry's own ids. */
    public Resolver(Registry registry) {
        this(registry, null);
    }

    /** @param linker links the entities the registry does not know to the knowledge base; null for none */
    public Resolver(Registry registry, EntityLinker linker) {
        this.registry = registry;
        this.linker = linker;
    }

    public ResolvedArticle resolve(ExtractedArticle extracted) {
        return resolve(extracted, Facts.NONE);
    }

    public ResolvedArticle resolve(ExtractedArticle extracted, Facts facts) {
        Article article = extracted.annotated().clean().article();
        Map<String, List<Mention>> byKey = new TreeMap<>();
        for (Mention m : extracted.mentions()) {
            byKey.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
        }
        List<ResolvedEntity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
            entities.add(entity(e.getKey(), e.getValue()));
        }
        Dateline dateline = extracted.annotated().clean().dateline();
        LocalDate published = article.published() != null ? article.published()
                : dateline != null ? dateline.date() : null;
        String datelinePlace = null;
        if (dateline != null) {
            for (Mention m : extracted.mentions()) {
                if ("dateline".equals(m.rule()) && dateline.span().contains(m.span())
                        && m.type() != MentionType.NORP) {
                    datelinePlace = m.entityKey();
                    break;
                }
            }
        }
        if (linker != null) {
            entities = linker.link(entities, published).entities();
        }
        return new ResolvedArticle(article, article.contentHash(), published, datelinePlace, entities, extracted.mentions(), facts);
    }

    /** A name without the quote marks that markup or a possessive left at its end ("Pat Robertson'"). */
    static String tidy(String label) {
        String t = label.replaceAll("['’\"]+$", "").strip();
        return t.isEmpty() ? label : t;
    }

    /** Known cities and provinces (outside the registry) and their states. */
    private static final Map<String, String> PLACE_STATES = org.diplograph.registry.BundledPlaces.stateByKey();

    private ResolvedEntity entity(String key, List<Mention> mentions) {
        RegistryEntry known = registry.get(key).orElse(null);
        if (known != null) {
            return new ResolvedEntity(key, known.kind(), known.label(), known.qid(), known.geonamesId(),
                    known.subtype(), known.stateKey(), null, mentions.size());
        }
        String label = tidy(mentions.get(0).label());
        for (Mention m : mentions) {
            if (tidy(m.label()).length() > label.length()) {
                label = tidy(m.label());
            }
        }
        EntityKind kind = mentions.get(0).type().refersTo();
        String subtype = mentions.stream().anyMatch(m -> "government-body".equals(m.rule())
                || "seat-of-government".equals(m.rule())) ? "government-body" : null;
        String containedIn = kind == EntityKind.PLACE ? PLACE_STATES.get(key) : null;
        // A region the text tells from its namesakes ("Lakeport, Carolina"), and a town named with it, lie in the
        // state the rule found.
        Mention inRegion = kind != EntityKind.PLACE ? null : mentions.stream()
                .filter(m -> (Mention.REGION.equals(m.rule()) || Mention.TOWN_IN_REGION.equals(m.rule()))
                        && m.stateKey() != null).findFirst().orElse(null);
        if (inRegion != null) {
            subtype = Mention.REGION.equals(inRegion.rule()) ? ResolvedEntity.REGION : subtype;
            containedIn = containedIn == null ? inRegion.stateKey() : containedIn;
        }
        return new ResolvedEntity(key, kind, label, null, null, subtype, null, containedIn, mentions.size());
    }
}
