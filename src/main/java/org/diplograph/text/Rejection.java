package org.diplograph.text;

import java.util.Objects;

/** An input that could not become an article: the one line a user sees, naming where and why. */
public record Rejection(String origin, String reason) {
    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
