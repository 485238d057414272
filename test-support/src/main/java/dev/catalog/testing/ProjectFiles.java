package dev.catalog.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository, found from whichever module the tests run in. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** {@code relative} (a file or a folder) in the nearest folder above the working directory that has it. */
    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("Cannot find " + relative + " above " + Path.of("").toAbsolutePath());
    }
}
