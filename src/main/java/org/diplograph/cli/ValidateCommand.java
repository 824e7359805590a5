package org.diplograph.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the merged graph against the SHACL shapes of the contract (ontology/shapes.ttl).",
                "Prints 'conforms' and exits 0, or prints each violation and exits 1."},
        footer = {"", "Example:", "  diplograph validate --data graph.trig"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        Shapes shapes = shapes();
        try (GraphStore store = data.open()) {
            var dsg = store.storage();
            ValidationReport report = Txn.calculateRead(dsg, () -> {
                Graph union = GraphFactory.createDefaultGraph();
                dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
                dsg.getDefaultGraph().find().forEachRemaining(union::add);
                return ShaclValidator.get().validate(shapes, union);
            });
            if (report.conforms()) {
                System.out.println("conforms: " + store.size() + " quads checked against " + shapes.numShapes()
                        + " shapes");
                return Main.OK;
            }
            ShLib.printReport(System.out, report);
            System.out.println(report.getEntries().size() + " violations");
            return Main.REJECTED;
        }
    }

    static Shapes shapes() throws java.io.IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ValidateCommand.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            RDFDataMgr.read(g, in, Lang.TURTLE);
        }
        return Shapes.parse(g);
    }
}
