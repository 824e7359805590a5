package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.junit.jupiter.api.Test;

class ConsolidatorTest {

    private static final String BASE = "https://example.org/id/";

    private static Node uri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    private static Node day(String d) {
        return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
    }

    @Test
    void aDateWrittenByOneArticleHoldsWhereAnotherOnlyInferredOne() {
        Node event = uri("event/meeting-0001");
        Node written = uri("article/a1");
        Node inferred = uri("article/a2");
        try (GraphStore store = Stores.memory()) {
            DatasetGraph dsg = store.storage();
            Txn.executeWrite(dsg, () -> {
                for (Node g : List.of(written, inferred)) {
                    dsg.add(g, event, RDF.type.asNode(), DG.Event.asNode());
                    dsg.add(g, event, DG.modality.asNode(), NodeFactory.createURI(DG.NS + "Asserted"));
                    dsg.add(g, event, Schema.attendee.asNode(), uri("wang"));
                    dsg.add(g, event, Schema.attendee.asNode(), uri("choe"));
                }
                dsg.add(written, event, DG.eventDate.asNode(), day("2025-09-27"));
                dsg.add(inferred, event, DG.eventDate.asNode(), day("2025-09-29"));
                dsg.add(inferred, event, DG.dateInferred.asNode(),
                        NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            });
            Consolidator.run(store, BASE);
            Node consolidated = Consolidator.graphName(BASE);
            List<String> dates = new ArrayList<>();
            Txn.executeRead(dsg, () -> dsg.find(consolidated, event, DG.eventDate.asNode(), Node.ANY)
                    .forEachRemaining(q -> dates.add(q.getObject().getLiteralLexicalForm())));
            assertEquals(List.of("2025-09-27"), dates);
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(consolidated, event, Schema.startDate.asNode(),
                    day("2025-09-27"))));
        }
    }
}
