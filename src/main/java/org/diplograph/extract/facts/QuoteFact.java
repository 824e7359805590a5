package org.diplograph.extract.facts;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * A direct quotation attributed to a speaker.
 *
 * @param channelKey the organisation that relayed it (news agency, ministry readout), or null
 * @param quoteSpan  the quoted words in the original text, without the quote marks
 */
public record QuoteFact(String speakerKey, String text, CharSpan quoteSpan, String channelKey, Evidence evidence) {
    public QuoteFact {
        Objects.requireNonNull(speakerKey, "speakerKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quoteSpan, "quoteSpan");
        Objects.requireNonNull(evidence, "evidence");
    }
}
