package org.diplograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The release and the commit the jar was built from, as the build wrote them into the jar. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/diplograph-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"diplograph " + p.getProperty("version", "unknown")
                + " (commit " + p.getProperty("commit", "unknown") + ")"};
    }
}
