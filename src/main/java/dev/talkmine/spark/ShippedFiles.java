package dev.talkmine.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * Where an executor finds a file of the {@link dev.talkmine.PipelineConfig}: a path that exists
 * there is used as is; otherwise its file name is looked up among the files shipped with
 * {@code spark-submit --files} ({@link SparkFiles#get}). So {@code --files our-products.tsv
 * --gazetteer our-products.tsv} works on any cluster, and a path on a shared file system works too.
 */
final class ShippedFiles {
    private ShippedFiles() {
    }

    /** The path itself when it exists here, else the file of that name shipped with --files, else the path. */
    static Path resolve(String file) {
        Path p = Path.of(file);
        if (Files.exists(p)) {
            return p;
        }
        Path name = p.getFileName();
        if (name != null) {
            try {
                Path shipped = Path.of(SparkFiles.get(name.toString()));
                if (Files.exists(shipped)) {
                    return shipped;
                }
            } catch (RuntimeException e) {
                // no SparkContext or SparkEnv in this JVM: only local paths
            }
        }
        return p; // the pipeline's own error names it
    }
}
