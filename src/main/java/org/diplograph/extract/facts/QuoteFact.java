package org.diplograph.extract.facts;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * Words attributed to a speaker: a direct quotation, or reported speech ("X said that ...") when {@code indirect}.
 *
 * @param channelKey the organisation that relayed it (news agency, ministry readout), or null
 * @param quoteSpan  the quoted words in the original text, without the quote marks
 * @param cue        the lemma of the word that attributes them ("say", "according"), or null
 */
public record QuoteFact(String speakerKey, String text, CharSpan quoteSpan, String channelKey, String cue,
        boolean indirect, Evidence evidence) {
    public QuoteFact {
        Objects.requireNonNull(speakerKey, "speakerKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quoteSpan, "quoteSpan");
        Objects.requireNonNull(evidence, "evidence");
    }
}
