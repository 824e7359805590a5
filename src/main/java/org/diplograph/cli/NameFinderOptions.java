package org.diplograph.cli;

import org.diplograph.extract.ner.NameModel;
import picocli.CommandLine.Option;

/** Which trained name finder the extractor runs, for every command that extracts. */
final class NameFinderOptions {

    @Option(names = "--fast-names",
            description = {"Use the name finder without the context encoder: 4.3 times the throughput (bench), the",
                    "same F1 on news politics (0.92 held out), lower on other text (wikigold 0.68 against 0.71)."})
    boolean fast;

    NameModel.Variant variant() {
        return fast ? NameModel.Variant.FAST : NameModel.Variant.ACCURATE;
    }
}
