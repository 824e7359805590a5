package org.diplograph.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The held-out split, fixed before anything was tuned on the data: about a third of each corpus that no training,
 * rule writing or threshold choice may look at. Trainers call {@link #heldOut} to keep these documents out.
 *
 * <p>A document is held out when the first byte of SHA-256("corpus:" + docId), unsigned, is 0 mod 3 (86 of 256
 * values, 33.6%). A hash rather than a list so the rule needs no data file and gives the same answer everywhere.
 * ECB+ is split by topic instead (held out: topic number mod 3 == 0), because its coreference chains run across the
 * documents of a topic and splitting a topic would leak half of each chain into training.
 *
 * <p>Document ids: MEANTIME {@code doc_id} ("100911"), re3d {@code doc_id}, ECB+ {@code doc_id} ("1_10ecb", topic
 * before the underscore), wikigold "wikigold-NNN" numbered from 001 in file order (one per -DOCSTART-).
 */
public final class Splits {

    private Splits() {
    }

    public static boolean heldOut(String corpus, String docId) {
        if (Corpus.ECBPLUS.key().equals(corpus)) {
            return ecbTopic(docId) % 3 == 0;
        }
        return Byte.toUnsignedInt(sha256(corpus + ":" + docId)[0]) % 3 == 0;
    }

    /** The topic number of an ECB+ document id such as "12_3ecbplus". */
    public static int ecbTopic(String docId) {
        int us = docId.indexOf('_');
        try {
            return Integer.parseInt(us > 0 ? docId.substring(0, us) : docId);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ECB+ document id (TOPIC_NAME): " + docId);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
