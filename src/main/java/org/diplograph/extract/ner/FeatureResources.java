package org.diplograph.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;

/**
 * The resources a feature descriptor names in its {@code dict} attributes, for training. Each is stored inside the
 * trained model, so the finder needs nothing else at run time.
 * <ul>
 *   <li>{@code NAME.clusters}: a file beside the descriptor, "word cluster" per line (OpenNLP word clusters);</li>
 *   <li>{@code registry-person}, {@code registry-state}, {@code registry-org}, {@code registry-place}: the bundled
 *       registry's names of that kind;</li>
 *   <li>{@code people}, {@code first-names}: the bundled {@code ontology/people.txt} and
 *       {@code ontology/first-names.txt};</li>
 *   <li>{@code NAME.dict}: a file beside the descriptor, one name per line.</li>
 * </ul>
 */
public final class FeatureResources {

    private static final Pattern DICT = Pattern.compile("<str\\s+name=\"dict\"\\s*>([^<]+)</str>");

    public static Map<String, Object> load(String descriptor, Path dir) throws IOException {
        Map<String, Object> resources = new LinkedHashMap<>();
        Matcher m = DICT.matcher(descriptor);
        while (m.find()) {
            String name = m.group(1).trim();
            if (!resources.containsKey(name)) {
                resources.put(name, resource(name, dir));
            }
        }
        return resources;
    }

    private static Object resource(String name, Path dir) throws IOException {
        if (name.endsWith(".clusters")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                return new WordClusterDictionary(in);
            }
        }
        if (name.endsWith(".dict")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                return lines(in);
            }
        }
        if (name.startsWith("registry-")) {
            Dictionary d = new Dictionary(true);
            for (RegistryEntry e : Registry.bundled().entries()) {
                if (("registry-" + e.kind().keyPrefix()).equals(name)
                        || (name.equals("registry-person") && e.kind() == EntityKind.PERSON)) {
                    for (String n : e.names()) {
                        add(d, n);
                    }
                }
            }
            return d;
        }
        if (name.equals("people") || name.equals("first-names")) {
            try (InputStream in = FeatureResources.class.getClassLoader().getResourceAsStream("ontology/" + name + ".txt")) {
                if (in == null) {
                    throw new IOException("no ontology/" + name + ".txt on the classpath");
                }
                return lines(in);
            }
        }
        throw new IOException("unknown feature resource " + name);
    }

    private static Dictionary lines(InputStream in) throws IOException {
        Dictionary d = new Dictionary(true);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    add(d, line.trim());
                }
            }
        }
        return d;
    }

    private static void add(Dictionary d, String name) {
        String[] tokens = name.trim().split("\\s+");
        if (tokens.length > 0 && !tokens[0].isEmpty()) {
            d.put(new StringList(tokens));
        }
    }

    private FeatureResources() {
    }
}
