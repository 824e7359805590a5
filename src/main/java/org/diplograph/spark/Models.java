package org.diplograph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.pipeline.Diplograph;

/**
 * One {@link Diplograph} per executor JVM and settings: the models load once, on the first article a task hands
 * this executor, and every later task and thread shares them (the pipeline is thread-safe).
 */
final class Models {

    private static final Map<String, Diplograph> LOADED = new ConcurrentHashMap<>();

    static Diplograph of(String base, NameModel.Variant nameModel) {
        return LOADED.computeIfAbsent(base + "|" + nameModel,
                k -> Diplograph.builder().base(base).nameModel(nameModel).threads(1).build());
    }

    private Models() {
    }
}
