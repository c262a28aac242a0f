package org.valuegrowth.growth;

import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A task with a verifiable reward: r(x) for every symbol x (a rollout is one symbol, read as a
 * whole chain of thought with its answer).
 *
 * @param name non-blank
 * @param reward one finite reward per symbol
 */
public record Task(String name, Vector<Double> reward) {
    /** Validates the name and finite rewards. */
    public Task {
        if (name == null || name.isBlank()) {
            throw new ModelException("task name must be non-blank: '" + name + "'");
        }
        if (reward == null || reward.size() < 2) {
            throw new ModelException("task " + name + " needs a reward for each of >= 2 symbols: " + reward);
        }
        for (int i = 0; i < reward.size(); i++) {
            Double r = reward.get(i);
            if (r == null || !Double.isFinite(r)) {
                throw new ModelException("task " + name + " reward[" + i + "] must be finite: " + r);
            }
        }
    }

    /** A task from rewards. */
    public static Task of(String name, double... reward) {
        return new Task(name, Vector.ofAll(reward));
    }

    /** A binary task: reward 1 on the listed symbols, 0 elsewhere. */
    public static Task success(String name, int alphabetSize, Set<Integer> successes) {
        double[] r = new double[alphabetSize];
        for (int x : successes) {
            if (x < 0 || x >= alphabetSize) {
                throw new ModelException("success symbol out of range: " + x);
            }
            r[x] = 1.0;
        }
        return of(name, r);
    }

    /** RL against refusal (claim C5): reward 0 on the refusal symbols, 1 on every other symbol. */
    public static Task againstRefusal(int alphabetSize, Set<Integer> refusals) {
        double[] r = new double[alphabetSize];
        java.util.Arrays.fill(r, 1.0);
        for (int x : refusals) {
            if (x < 0 || x >= alphabetSize) {
                throw new ModelException("refusal symbol out of range: " + x);
            }
            r[x] = 0.0;
        }
        return of("against-refusal", r);
    }

    /** The rewards as a new array. */
    public double[] rewards() {
        double[] r = new double[reward.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = reward.get(i);
        }
        return r;
    }
}
