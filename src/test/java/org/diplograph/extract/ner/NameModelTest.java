package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.nlp.Sentence;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NameModelTest {

    /** People and places no registry lists, so only the model can find them. */
    private static final String TEXT = "Aldous Pemberton-Okafor, the mayor of Kestrelford, met Wendeline Szabo in "
            + "Ulvermoor on Tuesday.";

    @ParameterizedTest
    @EnumSource(NameModel.Variant.class)
    void bothShippedModelsFindUnknownNames(NameModel.Variant variant) {
        NameModel model = NameModel.bundled(variant).orElseThrow();
        AnnotatedText at = new OpenNlpAnnotator().annotate(
                new Cleaner().clean(new Article("t", null, TEXT, null, null, null, "t.txt")));
        Sentence sentence = at.sentences().get(0);
        model.startDocument();
        String found = model.find(sentence).stream()
                .map(f -> f.type() + ":" + sentence.tokens().subList(f.from(), f.to()).stream()
                        .map(t -> t.text()).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", "));
        assertEquals(true, found.contains("PER:Aldous Pemberton - Okafor") || found.contains("PER:Wendeline Szabo"),
                found);
        assertEquals(true, found.contains("LOC:Ulvermoor") || found.contains("LOC:Kestrelford"), found);
    }
}
