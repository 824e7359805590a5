package org.diplograph.eval;

/** A character range {@code [start, end)} in a document's text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
