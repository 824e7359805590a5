package org.diplograph.text;

/** Receives what readers produce; readers never throw for a user's bad input, they reject it here. */
public interface InputSink {
    void accept(Article article);

    void reject(Rejection rejection);
}
