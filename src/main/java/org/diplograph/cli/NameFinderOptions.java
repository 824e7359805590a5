package org.diplograph.cli;

import org.diplograph.extract.ner.NameModel;
import picocli.CommandLine.Option;

/** Which trained name finder the extractor runs, for every command that extracts. */
final class NameFinderOptions {

    @Option(names = "--fast-names",
            description = {"Use the name finder without the context encoder: about twice the throughput of the",
                    "whole build (bench, 1,000 Wikinews records: 20.4 against 9.0 articles/s), names F1",
                    "0.01 lower on held-out news politics (0.907 against 0.914) and 0.01-0.02 lower on",
                    "topics it was not trained on (MEANTIME, wikigold held out by topic)."})
    boolean fast;

    NameModel.Variant variant() {
        return fast ? NameModel.Variant.FAST : NameModel.Variant.ACCURATE;
    }
}
