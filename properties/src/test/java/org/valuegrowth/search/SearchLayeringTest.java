package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private static List<Path> classes(Class<?> anchor, String pkgDir, boolean recursive) throws Exception {
        Path root = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(pkgDir);
        try (Stream<Path> s = recursive ? Files.walk(root) : Files.list(root)) {
            return s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
    }

    private static boolean mentions(Path p, String what) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(what);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Example
    @Tag("LI-ARCH")
    @Label("LI-ARCH: only search.internal touches Choco; the induction model touches neither Choco nor search")
    void chocoOnlyInSearchInternal() throws Exception {
        List<Path> search = classes(ExploitationSearch.class, "org/valuegrowth/search", false);
        List<Path> internal = classes(ExploitationSearch.class, "org/valuegrowth/search/internal", false);
        List<Path> induction = classes(LiaMarket.class, "org/valuegrowth/induction", true);
        assertThat(search).isNotEmpty();
        assertThat(induction).isNotEmpty();
        assertThat(internal).anyMatch(p -> mentions(p, "org/chocosolver/"));
        assertThat(search).noneMatch(p -> mentions(p, "org/chocosolver/"));
        assertThat(induction).noneMatch(p -> mentions(p, "org/chocosolver/") || mentions(p, "org/valuegrowth/search/"));
    }
}
