package org.valuegrowth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numpy performance peer of {@code bench kelly --peer}: finds python3 with numpy (installing
 * numpy when it is missing, and saying so), then runs the team's peer script (a copy shipped as
 * a resource, {@code peer_kelly_numpy.py}) and reads its trader-updates per second.
 */
final class NumpyPeer {
    private static final Pattern RATE = Pattern.compile("([0-9.]+e[+-]?[0-9]+) trader-updates/s");
    private static final String[] PYTHONS = {"python3", "/usr/bin/python3"};

    final String python;
    final String numpyVersion;
    private final Path script;

    private NumpyPeer(String python, String numpyVersion, Path script) {
        this.python = python;
        this.numpyVersion = numpyVersion;
        this.script = script;
    }

    /**
     * python3 with numpy, installing numpy first when it is missing (apt-get as root, else pip
     * --user); the messages go to {@code out}.
     *
     * @throws UserError (exit 2) when no python3 with numpy can be had
     */
    static NumpyPeer locate(PrintWriter out) {
        String[] found = probe();
        if (found == null) {
            List<String> tried = new ArrayList<>();
            if (isRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                out.println("bench kelly --peer: numpy not found; installing it: apt-get install -y python3-numpy");
                out.flush();
                tried.add("apt-get install -y python3-numpy");
                if (run("apt-get", "install", "-y", "python3-numpy") != 0) {
                    out.println("bench kelly --peer: retrying after apt-get update");
                    out.flush();
                    tried.add("apt-get update");
                    run("apt-get", "update");
                    run("apt-get", "install", "-y", "python3-numpy");
                }
                found = probe();
            }
            if (found == null && pythonExists()) {
                out.println("bench kelly --peer: numpy not found; installing it: python3 -m pip install --user numpy");
                out.flush();
                tried.add("python3 -m pip install --user numpy");
                run("python3", "-m", "pip", "install", "--user", "numpy");
                found = probe();
            }
            if (found == null) {
                throw new UserError("bench kelly --peer needs python3 with numpy, and numpy could not be installed"
                        + (tried.isEmpty() ? " (python3 not found, and apt-get needs root)" : " (tried: " + String.join("; ", tried) + ")")
                        + "; install python3-numpy or 'pip install numpy' and run again");
            }
            out.println("bench kelly --peer: numpy " + found[1] + " installed for " + found[0]);
        }
        try {
            Path script = Files.createTempFile("peer_kelly_numpy", ".py");
            script.toFile().deleteOnExit();
            try (InputStream in = NumpyPeer.class.getResourceAsStream("peer_kelly_numpy.py")) {
                if (in == null) {
                    throw new IllegalStateException("resource peer_kelly_numpy.py missing from the CLI jar");
                }
                Files.write(script, in.readAllBytes());
            }
            return new NumpyPeer(found[0], found[1], script);
        } catch (IOException e) {
            throw new UserError("bench kelly --peer: cannot write the peer script to a temporary file: " + e.getMessage());
        }
    }

    /**
     * The peer's trader-updates per second for N traders and T outcomes (its median of 5 runs).
     *
     * @param singleThread run with OPENBLAS/OMP/MKL_NUM_THREADS=1 (the Java kernel uses one thread)
     */
    double rate(int traders, int steps, boolean singleThread) {
        ProcessBuilder pb = new ProcessBuilder(python, script.toString(), Integer.toString(traders), Integer.toString(steps));
        if (singleThread) {
            pb.environment().put("OPENBLAS_NUM_THREADS", "1");
            pb.environment().put("OMP_NUM_THREADS", "1");
            pb.environment().put("MKL_NUM_THREADS", "1");
        }
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new UserError("the numpy peer failed (" + python + " " + script + " " + traders + " " + steps + "): "
                        + text.strip());
            }
            Matcher m = RATE.matcher(text);
            if (!m.find()) {
                throw new UserError("the numpy peer printed no rate: " + text.strip());
            }
            return Double.parseDouble(m.group(1));
        } catch (IOException e) {
            throw new UserError("cannot run the numpy peer with " + python + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while running the numpy peer");
        }
    }

    /** {python, numpy version} of the first candidate that imports numpy, or null. */
    private static String[] probe() {
        for (String py : PYTHONS) {
            String v = output(py, "-c", "import numpy; print(numpy.__version__)");
            if (v != null) {
                return new String[] {py, v};
            }
        }
        return null;
    }

    private static boolean pythonExists() {
        return output("python3", "-c", "print(1)") != null;
    }

    private static boolean isRoot() {
        String id = output("id", "-u");
        return "0".equals(id);
    }

    /** The trimmed stdout of a command that exits 0, or null. */
    private static String output(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Runs an installer with its output on this process's stderr; its exit code (−1 if it cannot start). */
    private static int run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return p.waitFor(20, TimeUnit.MINUTES) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
