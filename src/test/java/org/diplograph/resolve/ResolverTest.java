package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResolverTest {

    @Test
    void labelsLoseTrailingQuoteMarksOnly() {
        assertEquals("Pat Robertson", Resolver.tidy("Pat Robertson'"));
        assertEquals("Pat Robertson", Resolver.tidy("Pat Robertson’\""));
        assertEquals("Sa'ar", Resolver.tidy("Sa'ar"));
        assertEquals("'", Resolver.tidy("'"));
    }
}
