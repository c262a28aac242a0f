package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.induction.LiaMarket;

/**
 * Choco types stay inside {@code org.valuegrowth.search.internal}: no compiled class of
 * {@code org.valuegrowth.search} or {@code org.valuegrowth.induction} names a Choco class in its
 * constant pool (a byte scan, much faster than importing the class graph).
 */
class SearchLayeringTest {
    /** The constant pools (as Latin-1 text) of the classes in {@code pkgDir}, from a directory or a jar. */
    private static List<String> classes(Class<?> anchor, String pkgDir, boolean recursive) throws Exception {
        Path loc = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(loc)) {
            return read(loc.resolve(pkgDir), recursive);
        }
        try (FileSystem jar = FileSystems.newFileSystem(loc, (ClassLoader) null)) {
            return read(jar.getPath(pkgDir), recursive);
        }
    }

    private static List<String> read(Path root, boolean recursive) throws IOException {
        try (Stream<Path> s = recursive ? Files.walk(root) : Files.list(root)) {
            return s.filter(p -> p.toString().endsWith(".class")).map(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).collect(Collectors.toList());
        }
    }

    @Example
    @Tag("LI-ARCH")
    @Label("LI-ARCH: only search.internal touches Choco; the induction model touches neither Choco nor search")
    void chocoOnlyInSearchInternal() throws Exception {
        List<String> search = classes(ExploitationSearch.class, "org/valuegrowth/search", false);
        List<String> internal = classes(ExploitationSearch.class, "org/valuegrowth/search/internal", false);
        List<String> induction = classes(LiaMarket.class, "org/valuegrowth/induction", true);
        assertThat(search).isNotEmpty();
        assertThat(induction).isNotEmpty();
        assertThat(internal).anyMatch(c -> c.contains("org/chocosolver/"));
        assertThat(search).noneMatch(c -> c.contains("org/chocosolver/"));
        assertThat(induction).noneMatch(c -> c.contains("org/chocosolver/") || c.contains("org/valuegrowth/search/"));
    }
}
