package org.diplograph.extract.facts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/** The one format the fact layer's learned models ship in: an OpenNLP maxent model, binary, gzipped. */
final class MaxentFiles {

    private MaxentFiles() {
    }

    static AbstractModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(in))))
                .getModel();
    }

    /** Writes the model and finishes the compression, leaving {@code out} open. */
    static void write(MaxentModel model, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(gz)).persist();
        gz.finish();
    }
}
