package org.diplograph.cli;

import org.diplograph.extract.ner.NameModel;
import picocli.CommandLine.Option;

/** Which trained name finder the extractor runs, for every command that extracts. */
final class NameFinderOptions {

    @Option(names = "--fast-names",
            description = {"Use the name finder without the context encoder: about twice the throughput of the",
                    "whole build (bench, 1,000 Wikinews records: 18.3 against 8.8 articles/s), F1",
                    "a little lower on news politics (0.92 against 0.93 held out) and lower on other text",
                    "(wikigold 0.68 against 0.74)."})
    boolean fast;

    NameModel.Variant variant() {
        return fast ? NameModel.Variant.FAST : NameModel.Variant.ACCURATE;
    }
}
