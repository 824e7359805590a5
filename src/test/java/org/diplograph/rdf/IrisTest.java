package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.iri.IRIFactory;
import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void sourceUrlsBecomeValidIris() {
        String quoted = "https://en.wikinews.org/wiki/Cheney-Rumsfeld_\"Cabal\"_alleged";
        assertEquals("https://en.wikinews.org/wiki/Cheney-Rumsfeld_%22Cabal%22_alleged", Iris.escapeUrl(quoted));
        assertEquals("https://x.org/takes_50%25_pay_cut", Iris.escapeUrl("https://x.org/takes_50%_pay_cut"));
        assertEquals("https://x.org/a%20b?q=%C3%A9", Iris.escapeUrl("https://x.org/a b?q=%C3%A9"));
        assertEquals("https://x.org/ok_path", Iris.escapeUrl("https://x.org/ok_path"));
        for (String url : new String[] {quoted, "https://x.org/takes_50%_pay_cut", "https://x.org/{a|b}^`\\"}) {
            assertEquals(false, IRIFactory.iriImplementation().create(Iris.escapeUrl(url)).hasViolation(false), url);
        }
    }
}
