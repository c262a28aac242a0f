package org.valuegrowth.mind;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.mind.internal.Kernels;
import org.valuegrowth.mind.internal.MinimumChangeKernel;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;

/**
 * A layered human-style mind: world-models and goal-models per layer, grounded by abstraction maps.
 *
 * <p>Layer 0 holds the sensory atoms; every atom of layer ℓ ≥ 1 is either grounded (a Boolean
 * function of the layer-(ℓ−1) atoms) or ungrounded. The abstraction map a_ℓ sends a world of layer
 * ℓ−1 to the values of the grounded atoms of layer ℓ; the push-forward of a distribution P on layer
 * ℓ−1 is a_ℓ#P(k) = P(a_ℓ^{-1}(k)). Goal-models are log-space tilts of the world-models. Every
 * transition returns a new mind. Definitions and conventions: {@code spec/mind.md}.
 *
 * @param layers layer 0 first
 * @param selfAtoms names of the atoms that describe the self (targets of perceptual control)
 */
public record Mind(Vector<Layer> layers, Set<String> selfAtoms) {
    /** Validates layer numbers, definitions and names. */
    public Mind {
        if (layers == null || layers.isEmpty() || selfAtoms == null) {
            throw new ModelException("a mind needs at least one layer and a set of self atoms");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            for (int i = 0; i < layer.language().size(); i++) {
                Atom a = layer.language().atom(i);
                if (a.layer() != l) {
                    throw new ModelException("atom " + a.name() + " of layer " + a.layer() + " placed in layer " + l);
                }
                if (!names.add(a.name())) {
                    throw new ModelException("atom name used twice in a mind: " + a.name());
                }
                Option<Sentence> def = layer.definitions().get(i);
                if (def.isDefined()) {
                    if (l == 0) {
                        throw new ModelException("sensory atom " + a.name() + " cannot have a definition");
                    }
                    Layer.requireInside(def.get(), layers.get(l - 1).language().size(), "definition of " + a.name());
                }
            }
        }
        for (String s : selfAtoms) {
            if (!names.contains(s)) {
                throw new ModelException("self atom is not in the mind: " + s);
            }
        }
    }

    /**
     * A mind whose layer 0 has world-model {@code sensoryWorld} and whose upper layers are built
     * from {@code upper}: grounded atoms get the push-forward, ungrounded ones their independent
     * priors. All goal tilts are zero and there are no wants (the goal-model equals the world-model).
     */
    public static Mind of(Language sensory, double[] sensoryWorld, Vector<Vector<MindConcept>> upper, Set<String> self) {
        if (sensoryWorld.length != sensory.worldCount()) {
            throw new ModelException("sensory world-model has " + sensoryWorld.length + " entries for "
                    + sensory.worldCount() + " worlds");
        }
        Distributions.requireDistribution("sensory world-model", sensoryWorld, 1e-9);
        Vector<Option<Sentence>> none = Vector.fill(sensory.size(), Option::none);
        Layer base = new Layer(sensory, none, Kernels.vector(Kernels.log(sensoryWorld)),
                Vector.fill(sensoryWorld.length, 0.0), Vector.empty());
        Mind m = new Mind(Vector.of(base), HashSet.empty());
        for (Vector<MindConcept> layer : upper) {
            m = m.extend(m.layers.size(), layer);
        }
        return new Mind(m.layers, self);
    }

    /** The layer at index {@code l}. */
    public Layer layer(int l) {
        if (l < 0 || l >= layers.size()) {
            throw new ModelException("layer index out of range: " + l);
        }
        return layers.get(l);
    }

    /** The language of layer {@code l}. */
    public Language language(int l) {
        return layer(l).language();
    }

    /** W_l as a probability vector over the layer's worlds. */
    public double[] world(int l) {
        return layer(l).world();
    }

    /** G_l as a probability vector over the layer's worlds. */
    public double[] goal(int l) {
        return layer(l).goal();
    }

    /** P_W(atom) for every atom of every layer. */
    public Vector<Vector<Double>> worldMarginals() {
        return layers.map(layer -> atomMarginals(layer.world(), layer.language().size()));
    }

    /** P_G(atom) for every atom of every layer. */
    public Vector<Vector<Double>> goalMarginals() {
        return layers.map(layer -> atomMarginals(layer.goal(), layer.language().size()));
    }

    /** The probability of {@code s} (over layer l's atoms) under G_l. */
    public double goalProbability(int l, Sentence s) {
        Layer.requireInside(s, language(l).size(), "sentence");
        return clamp(Kernels.mean(goal(l), indicator(s, layer(l).worldCount())));
    }

    /** The probability of {@code s} (over layer l's atoms) under W_l. */
    public double worldProbability(int l, Sentence s) {
        Layer.requireInside(s, language(l).size(), "sentence");
        return clamp(Kernels.mean(world(l), indicator(s, layer(l).worldCount())));
    }

    /**
     * The push-forward of layer (l−1)'s goal-model onto the grounded atoms of layer l, as the
     * probability of {@code s}, a sentence over layer l that mentions only grounded atoms.
     */
    public double pushedGoalProbability(int l, Sentence s) {
        if (l < 1) {
            throw new ModelException("push-forward needs a layer >= 1: " + l);
        }
        Layer up = layer(l);
        int[] g = up.groundedIndices();
        for (Integer i : s.support()) {
            if (up.definitions().get(i).isEmpty()) {
                throw new ModelException("sentence mentions ungrounded atom " + up.language().atom(i).name() + ": " + s);
            }
        }
        double[] lower = goal(l - 1);
        int[] keys = lowerKeys(up, lower.length);
        double p = 0.0;
        for (int y = 0; y < lower.length; y++) {
            long x = 0;
            for (int j = 0; j < g.length; j++) {
                if (((keys[y] >>> j) & 1) == 1) {
                    x |= 1L << g[j];
                }
            }
            if (s.eval(x)) {
                p += lower[y];
            }
        }
        return p;
    }

    /** The inconsistency energy of the goal-models. */
    public Energy energy() {
        EnergyEvaluator ev = new EnergyEvaluator(this);
        return ev.energy(tilts());
    }

    /** Per layer ℓ ≥ 1, TV(a_ℓ#W_{ℓ−1}, marginal of W_ℓ on grounded atoms): the world-model's prediction error. */
    public Vector<Double> predictionErrors() {
        EnergyEvaluator ev = new EnergyEvaluator(this);
        Vector<Double> out = Vector.of(0.0);
        for (int l = 1; l < layers.size(); l++) {
            out = out.append(Distributions.totalVariation(ev.push(l, world(l - 1)), ev.marginal(l, world(l))));
        }
        return out;
    }

    /** The pseudo-predictions for the self atoms, layer by layer (layer 0: actions). */
    public Vector<Reference> pseudoPredictions() {
        Vector<Reference> out = Vector.empty();
        Vector<Vector<Double>> w = worldMarginals();
        Vector<Vector<Double>> g = goalMarginals();
        for (int l = 0; l < layers.size(); l++) {
            Language lang = language(l);
            for (int i = 0; i < lang.size(); i++) {
                String name = lang.atom(i).name();
                if (selfAtoms.contains(name)) {
                    out = out.append(new Reference(l, name, clamp(g.get(l).get(i)), clamp(w.get(l).get(i))));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- growth steps

    /**
     * Sense: Bayes at layer 0 with the observation's likelihood, then the prediction errors flow up:
     * each layer ℓ ≥ 1 is Jeffrey-updated so that its grounded marginal equals a_ℓ#W_{ℓ−1}
     * (the I-projection onto that marginal constraint). Goal tilts are kept, so G follows W.
     */
    public Mind sense(Observation o) {
        Layer.requireInside(o.sentence(), language(0).size(), "observation");
        Layer base = layer(0);
        double[] logW = Kernels.array(base.logWorld());
        double lt = Math.log(o.reliability());
        double lf = Math.log1p(-o.reliability());
        for (int x = 0; x < logW.length; x++) {
            logW[x] += o.sentence().eval(x) ? lt : lf;
        }
        return propagateUp(withWorld(base, logW));
    }

    /**
     * Perceive: the sensory world-model becomes {@code sensoryWorld} (a new belief about the world,
     * e.g. a posterior predictive after observations) and the change flows up as in {@link #sense}:
     * each layer ℓ ≥ 1 is Jeffrey-updated to the new push-forward. Goal tilts are kept, so G follows W.
     *
     * @param sensoryWorld a probability vector over the sensory worlds (sums to 1 within 1e-9)
     * @throws ModelException on a wrong length or a vector that is not a distribution
     */
    public Mind perceive(double[] sensoryWorld) {
        if (sensoryWorld.length != layer(0).worldCount()) {
            throw new ModelException("perceive: " + sensoryWorld.length + " entries for " + layer(0).worldCount() + " sensory worlds");
        }
        Distributions.requireDistribution("perceived world-model", sensoryWorld, 1e-9);
        return propagateUp(withWorld(layer(0), Kernels.log(sensoryWorld)));
    }

    /**
     * Act: the perceptual-control loop closed at the bottom. For each layer-0 self atom a, in index
     * order, the reference r = P_{G_0}(a) (the pseudo-prediction) drives a proportional unit of gain
     * k_g against a disturbance d ∈ [0,1] (the probability the world would give a unaided); the world
     * settles at the unit's steady state p* = (k_g·r + d)/(1 + k_g) (§2.10 of the references), imposed on
     * W_0 by Jeffrey's rule on a, and the change propagates up as in {@link #sense}.
     */
    public Mind act(double gain, double disturbance) {
        ModelException.requireNonNegative("gain", gain);
        ModelException.requireProbability("disturbance", disturbance);
        Mind m = this;
        Language l0 = language(0);
        for (int i = 0; i < l0.size(); i++) {
            if (!selfAtoms.contains(l0.atom(i).name())) {
                continue;
            }
            Sentence a = l0.var(l0.atom(i).name());
            double r = m.goalProbability(0, a);
            double p = m.worldProbability(0, a);
            double target = (gain * r + disturbance) / (1 + gain);
            if (p <= 0 || p >= 1 || target <= 0 || target >= 1) {
                continue;
            }
            double[] logW = Kernels.array(m.layer(0).logWorld());
            double up = Math.log(target / p);
            double down = Math.log((1 - target) / (1 - p));
            for (int x = 0; x < logW.length; x++) {
                logW[x] += a.eval(x) ? up : down;
            }
            m = m.propagateUp(withWorld(m.layer(0), logW));
        }
        return m;
    }

    /** This mind with layer 0 replaced and every upper layer Jeffrey-updated to its push-forward. */
    private Mind propagateUp(Layer newBase) {
        Vector<Layer> out = Vector.of(newBase);
        for (int l = 1; l < layers.size(); l++) {
            Layer up = layer(l);
            double[] lower = out.get(l - 1).world();
            int[] g = up.groundedIndices();
            int[] wk = worldKeys(up.worldCount(), g);
            int[] lk = lowerKeys(up, lower.length);
            double[] t = new double[1 << g.length];
            for (int y = 0; y < lower.length; y++) {
                t[lk[y]] += lower[y];
            }
            double[] w = up.world();
            double[] m = new double[t.length];
            int[] blockSize = new int[t.length];
            for (int x = 0; x < w.length; x++) {
                m[wk[x]] += w[x];
                blockSize[wk[x]]++;
            }
            double[] next = new double[w.length];
            for (int x = 0; x < w.length; x++) {
                int k = wk[x];
                if (t[k] == 0) {
                    next[x] = Double.NEGATIVE_INFINITY;
                } else if (m[k] == 0) {
                    next[x] = Math.log(t[k] / blockSize[k]);
                } else {
                    next[x] = Math.log(w[x]) + Math.log(t[k]) - Math.log(m[k]);
                }
            }
            out = out.append(withWorld(up, next));
        }
        return new Mind(out, selfAtoms);
    }

    /** Reward(drive): a want on the sensory layer, met by the I-projection of G_0 onto all of layer 0's wants. */
    public Mind reward(Want drive) {
        return approve(0, drive);
    }

    /**
     * Approval(feedback): a want on layer l; G_l becomes the minimum-change update of the current G_l
     * that meets the layer's wants: their I-projection when they are coherent (Csiszár 1975), the
     * KL-closest least-squares compromise when they are not ({@link MinimumChangeKernel} on layer l
     * alone; spec/mind.md §3). A want no finite tilt can meet (its sentence constant on the support,
     * or a target of 0 or 1) is kept (it adds energy) but does not move the tilt.
     */
    public Mind approve(int l, Want feedback) {
        Layer layer = layer(l);
        Layer.requireInside(feedback.sentence(), layer.language().size(), "want");
        Vector<Want> wants = layer.wants().append(feedback);
        double[] logW = Kernels.array(layer.logWorld());
        double[] theta = Kernels.array(layer.tilt());
        double[] u = Kernels.add(logW, theta);
        double z = Kernels.logSumExp(u);
        double[] logG = new double[u.length];
        for (int x = 0; x < u.length; x++) {
            logG[x] = u[x] - z;
        }
        Vector<Want> active = wants.filter(w -> reachable(logG, indicator(w.sentence(), layer.worldCount()), w.target()));
        if (active.isEmpty()) {
            return new Mind(layers.update(l, new Layer(layer.language(), layer.definitions(), layer.logWorld(), layer.tilt(), wants)), selfAtoms);
        }
        double[][][] wf = {active.map(w -> indicator(w.sentence(), layer.worldCount())).toJavaArray(double[][]::new)};
        double[][] targets = {active.toJavaStream().mapToDouble(Want::target).toArray()};
        double[][] weights = {active.toJavaStream().mapToDouble(Want::weight).toArray()};
        MinimumChangeKernel.Structure st = new MinimumChangeKernel.Structure(wf, targets, weights,
                new int[][] {new int[u.length]}, new int[][] {null}, new int[] {1});
        double[][] g = {logG};
        for (int i = 0; i < APPROVAL_STEPS; i++) {
            double[][] next = MinimumChangeKernel.step(g, st, 1e-3, 40, true);
            if (next == null) {
                break;
            }
            double move = maxMove(MinimumChangeKernel.probabilities(g), MinimumChangeKernel.probabilities(next));
            g = next;
            if (move <= 1e-14) {
                break;
            }
        }
        if (MinimumChangeKernel.energy(g, st) <= COHERENT_ENERGY) {
            // coherent wants: refine to the exact I-projection (same exponential family, so the same point)
            double[] p = MinimumChangeKernel.probabilities(g)[0];
            double[] add = IProjection.cyclicLogTilt(p, active.map(w -> indicator(w.sentence(), layer.worldCount())),
                    targets[0], 1e-12, 500);
            double[] refined = Kernels.add(g[0], add);
            double zr = Kernels.logSumExp(refined);
            for (int x = 0; x < refined.length; x++) {
                refined[x] -= zr;
            }
            g = new double[][] {refined};
        }
        for (int x = 0; x < theta.length; x++) {
            if (logW[x] > Double.NEGATIVE_INFINITY) {
                theta[x] = g[0][x] - logW[x];
            }
        }
        double shift = Double.NaN;
        for (int x = 0; x < theta.length; x++) {
            if (logW[x] > Double.NEGATIVE_INFINITY) {
                if (Double.isNaN(shift)) {
                    shift = theta[x];
                }
                theta[x] -= shift;
                if (!Double.isFinite(theta[x])) {
                    throw new ModelException("approval drove a possible world of layer " + l + " to goal weight 0");
                }
            }
        }
        Layer next = new Layer(layer.language(), layer.definitions(), layer.logWorld(), Kernels.vector(theta), wants);
        return new Mind(layers.update(l, next), selfAtoms);
    }

    /** Within-layer energy at or below which an approval's wants count as met (residuals ≤ 1e-10). */
    private static final double COHERENT_ENERGY = 1e-20;

    /** The most minimum-change steps an approval takes. */
    private static final int APPROVAL_STEPS = 500;

    /** Whether a finite tilt can meet P(s) = target: the indicator takes both values on the support and 0 &lt; target &lt; 1, or it is constant and equal. */
    private static boolean reachable(double[] logG, double[] f, double target) {
        boolean in = false;
        boolean out = false;
        for (int x = 0; x < logG.length; x++) {
            if (logG[x] > Double.NEGATIVE_INFINITY) {
                in |= f[x] == 1.0;
                out |= f[x] == 0.0;
            }
        }
        return in && out && target > 0 && target < 1;
    }

    /**
     * Reflect: one sweep ({@link #reflect(ReflectionSettings, int)} with one sweep).
     */
    public Mind reflect(ReflectionSettings s) {
        return reflect(s, 1);
    }

    /**
     * Reflect: {@code sweeps} reflection sweeps ({@code spec/mind.md} §6).
     *
     * <p>With {@link ReflectionSettings.Method#MINIMUM_CHANGE} (the default) a sweep is one
     * {@link MinimumChangeKernel#step}: a damped Gauss–Newton step in the constraint multipliers,
     * accepted only if it lowers the energy. Repeated, it reaches the reflective equilibrium R(G), the
     * I-projection of the goal-model G at the start onto the minimisers of the energy. With the other methods, a sweep is one pass of block coordinate descent on the
     * tilts, layer 0 first, each block step accepted only if it lowers the energy (unless
     * backtracking is off).
     *
     * @throws ModelException if sweeps &lt; 1
     */
    public Mind reflect(ReflectionSettings s, int sweeps) {
        if (sweeps < 1) {
            throw new ModelException("reflect needs sweeps >= 1: " + sweeps);
        }
        if (s.method() == ReflectionSettings.Method.MINIMUM_CHANGE) {
            return minimumChange(s, 0.0, sweeps).mind();
        }
        Mind m = this;
        for (int i = 0; i < sweeps; i++) {
            m = m.descentSweep(s);
        }
        return m;
    }

    /**
     * The minimum-change reflection from this mind: steps of {@link MinimumChangeKernel#step} until a
     * step moves no goal probability by more than {@code tol}, no step lowers the energy any more,
     * or {@code maxSweeps} steps ran. Where the energy's minimisers lie inside the simplex this takes
     * a few dozen steps; where incoherent wants push goal weights to 0 the approach is sublinear
     * (spec/mind.md §6), and the equilibrium reports {@code converged = false} when the cap is hit.
     */
    Equilibrium minimumChange(ReflectionSettings s, double tol, int maxSweeps) {
        EnergyEvaluator ev = new EnergyEvaluator(this);
        MinimumChangeKernel.Structure st = new MinimumChangeKernel.Structure(ev.wantFeature, ev.alpha, ev.weight,
                ev.worldKey, ev.lowerKey, ev.keyCount);
        return iterate(ev, st, s, logGoals(ev), tol, maxSweeps);
    }

    private double[][] logGoals(EnergyEvaluator ev) {
        double[][] theta = tilts();
        double[][] logG = new double[layers.size()][];
        for (int l = 0; l < logG.length; l++) {
            double[] u = Kernels.add(ev.logW[l], theta[l]);
            double z = Kernels.logSumExp(u);
            logG[l] = new double[u.length];
            for (int x = 0; x < u.length; x++) {
                logG[l][x] = u[x] - z; // in log space: a goal weight below the smallest double stays finite
            }
        }
        return logG;
    }

    private Equilibrium iterate(EnergyEvaluator ev, MinimumChangeKernel.Structure st, ReflectionSettings s,
                                double[][] start, double tol, int maxSweeps) {
        double[][] logG = start;
        double move = 0.0;
        for (int i = 1; i <= maxSweeps; i++) {
            double[][] next = MinimumChangeKernel.step(logG, st, s.initialStep(), s.maxTrials(), s.backtracking());
            if (next == null) {
                return new Equilibrium(withLogGoals(ev, logG), i - 1, true, 0.0);
            }
            move = maxMove(MinimumChangeKernel.probabilities(logG), MinimumChangeKernel.probabilities(next));
            logG = next;
            if (move <= tol) {
                return new Equilibrium(withLogGoals(ev, logG), i, true, move);
            }
        }
        return new Equilibrium(withLogGoals(ev, logG), maxSweeps, false, move);
    }

    private static double maxMove(double[][] a, double[][] b) {
        double move = 0;
        for (int l = 0; l < a.length; l++) {
            for (int x = 0; x < a[l].length; x++) {
                move = Math.max(move, Math.abs(a[l][x] - b[l][x]));
            }
        }
        return move;
    }

    /** This mind with goal-models log G (tilts θ = log G − log W on the worlds W allows). */
    private Mind withLogGoals(EnergyEvaluator ev, double[][] logG) {
        double[][] theta = tilts();
        for (int l = 0; l < theta.length; l++) {
            double shift = Double.NaN;
            for (int x = 0; x < theta[l].length; x++) {
                if (ev.logW[l][x] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (logG[l][x] == Double.NEGATIVE_INFINITY) {
                    throw new ModelException("reflection drove a possible world of layer " + l + " to goal weight 0");
                }
                double t = logG[l][x] - ev.logW[l][x];
                if (Double.isNaN(shift)) {
                    shift = t;
                }
                theta[l][x] = t - shift;
            }
        }
        return withTilts(theta);
    }

    /** One pass of block coordinate descent on the tilts (the DAMPED_GAUSS_NEWTON and GRADIENT methods). */
    private Mind descentSweep(ReflectionSettings s) {
        EnergyEvaluator ev = new EnergyEvaluator(this);
        double[][] theta = tilts();
        double e = ev.total(theta);
        for (int l = 0; l < ev.layers; l++) {
            for (int it = 0; it < s.innerIterations(); it++) {
                double[][] next = s.method() == ReflectionSettings.Method.GRADIENT
                        ? gradientStep(ev, theta, e, l, s) : gaussNewtonStep(ev, theta, e, l, s);
                if (next == null) {
                    break;
                }
                theta = next;
                e = ev.total(theta);
            }
        }
        return withTilts(theta);
    }

    private static double[][] gradientStep(EnergyEvaluator ev, double[][] theta, double e, int l, ReflectionSettings s) {
        double[] grad = ev.gradient(l, theta);
        double norm2 = 0.0;
        for (double v : grad) {
            norm2 += v * v;
        }
        if (norm2 == 0.0) {
            return null;
        }
        double eta = s.initialStep();
        for (int h = 0; h <= s.maxTrials(); h++, eta *= 0.5) {
            double[][] trial = replaced(theta, l, grad, -eta);
            if (!s.backtracking() || ev.total(trial) <= e - s.armijo() * eta * norm2) {
                return trial;
            }
        }
        return null;
    }

    private static double[][] gaussNewtonStep(EnergyEvaluator ev, double[][] theta, double e, int l, ReflectionSettings s) {
        double[][][] rj = ev.residuals(l, theta);
        double[] r = rj[0][0];
        double[][] j = rj[1];
        int n = theta[l].length;
        if (r.length == 0) {
            return null;
        }
        double[][] a = new double[n][n];
        double[] b = new double[n];
        double trace = 0;
        for (int x = 0; x < n; x++) {
            for (int k = 0; k < r.length; k++) {
                b[x] -= j[k][x] * r[k];
            }
            for (int y = x; y < n; y++) {
                double v = 0;
                for (int k = 0; k < r.length; k++) {
                    v += j[k][x] * j[k][y];
                }
                a[x][y] = v;
                a[y][x] = v;
            }
            trace += a[x][x];
        }
        double bnorm = 0;
        for (double v : b) {
            bnorm = Math.max(bnorm, Math.abs(v));
        }
        if (bnorm == 0.0) {
            return null;
        }
        double floor = 1e-12 * Math.max(trace / n, 1e-300);
        double mu = s.initialStep();
        for (int h = 0; h <= s.maxTrials(); h++, mu *= 4) {
            double[][] damped = new double[n][];
            for (int x = 0; x < n; x++) {
                damped[x] = a[x].clone();
                damped[x][x] += mu * a[x][x] + floor;
            }
            double[] delta = Kernels.solve(damped, b);
            double[][] trial = replaced(theta, l, delta, 1.0);
            if (!s.backtracking() || ev.total(trial) < e) {
                return trial;
            }
        }
        return null;
    }

    private static double[][] replaced(double[][] theta, int l, double[] direction, double scale) {
        double[][] trial = theta.clone();
        trial[l] = new double[direction.length];
        for (int x = 0; x < direction.length; x++) {
            trial[l][x] = theta[l][x] + scale * direction[x];
        }
        return trial;
    }

    /**
     * Reflects until a sweep changes no goal-model probability by more than {@code tol}
     * (max over layers and worlds of |G'(x) − G(x)|), or {@code maxSweeps} sweeps.
     */
    public Equilibrium reflectToFixedPoint(ReflectionSettings s, double tol, int maxSweeps) {
        ModelException.requireNonNegative("tolerance", tol);
        if (s.method() == ReflectionSettings.Method.MINIMUM_CHANGE) {
            return minimumChange(s, tol, maxSweeps);
        }
        Mind m = this;
        double move = 0.0;
        for (int i = 1; i <= maxSweeps; i++) {
            Mind next = m.descentSweep(s);
            move = maxMove(m, next);
            m = next;
            if (move <= tol) {
                return new Equilibrium(m, i, true, move);
            }
        }
        return new Equilibrium(m, maxSweeps, false, move);
    }

    /**
     * Extend: adds {@code concepts} to layer {@code l} (or opens layer l when l = number of layers).
     * The world-model of the extended layer is W'(x, b) = W(x)·P(b_grounded | key(x))·Π prior(b_ungrounded),
     * where P(·|key) is the conditional of the push-forward of W_{l−1}; the goal tilt does not depend
     * on the new atoms (θ'(x, b) = θ(x)), so new concepts carry no goal until reflection grounds one.
     */
    public Mind extend(int l, Vector<MindConcept> concepts) {
        if (l < 0 || l > layers.size()) {
            throw new ModelException("extend: layer must be in [0," + layers.size() + "]: " + l);
        }
        for (MindConcept c : concepts) {
            if (c.atom().layer() != l) {
                throw new ModelException("concept " + c.atom().name() + " has layer " + c.atom().layer() + ", not " + l);
            }
            if (l == 0 && c.isGrounded()) {
                throw new ModelException("sensory concepts cannot be grounded: " + c.atom().name());
            }
        }
        Layer old = l < layers.size() ? layers.get(l)
                : new Layer(new Language(Vector.empty()), Vector.empty(), Vector.of(0.0), Vector.of(0.0), Vector.empty());
        int n = old.language().size();
        int k = concepts.size();
        if (n + k > Layer.MAX_ATOMS) {
            throw new ModelException("layer " + l + " would have " + (n + k) + " atoms, at most " + Layer.MAX_ATOMS);
        }
        Language lang = old.language().extend(concepts.map(MindConcept::atom));
        Vector<Option<Sentence>> defs = old.definitions().appendAll(concepts.map(MindConcept::definition));
        int[] oldG = old.groundedIndices();
        int[] newG = java.util.stream.IntStream.range(0, k).filter(j -> concepts.get(j).isGrounded()).toArray();
        // conditional of the new grounded concepts given the old grounded key, from a#W_{l-1}
        double[][] joint = new double[1 << oldG.length][1 << newG.length];
        if (l > 0 && newG.length > 0) {
            double[] lower = world(l - 1);
            for (int y = 0; y < lower.length; y++) {
                int ok = 0;
                for (int j = 0; j < oldG.length; j++) {
                    if (old.definitions().get(oldG[j]).get().eval(y)) {
                        ok |= 1 << j;
                    }
                }
                int nk = 0;
                for (int j = 0; j < newG.length; j++) {
                    if (concepts.get(newG[j]).definition().get().eval(y)) {
                        nk |= 1 << j;
                    }
                }
                joint[ok][nk] += lower[y];
            }
        } else {
            for (double[] row : joint) {
                row[0] = 1.0;
            }
        }
        double[] oldLogW = Kernels.array(old.logWorld());
        double[] oldTheta = Kernels.array(old.tilt());
        int[] oldKey = worldKeys(1 << n, oldG);
        int size = 1 << (n + k);
        double[] logW = new double[size];
        double[] theta = new double[size];
        for (int x = 0; x < size; x++) {
            int xo = x & ((1 << n) - 1);
            int b = x >>> n;
            int nk = 0;
            for (int j = 0; j < newG.length; j++) {
                if (((b >>> newG[j]) & 1) == 1) {
                    nk |= 1 << j;
                }
            }
            double[] row = joint[oldKey[xo]];
            double rowSum = 0.0;
            for (double v : row) {
                rowSum += v;
            }
            double cond = rowSum > 0 ? row[nk] / rowSum : 1.0 / row.length;
            double lw = oldLogW[xo] + Math.log(cond);
            for (int j = 0; j < k; j++) {
                MindConcept c = concepts.get(j);
                if (!c.isGrounded()) {
                    lw += ((b >>> j) & 1) == 1 ? Math.log(c.prior()) : Math.log1p(-c.prior());
                }
            }
            logW[x] = lw;
            theta[x] = oldTheta[xo];
        }
        Layer next = new Layer(lang, defs, Kernels.vector(logW), Kernels.vector(theta), old.wants());
        Vector<Layer> ls = l < layers.size() ? layers.update(l, next) : layers.append(next);
        return new Mind(ls, selfAtoms);
    }

    /** Augment: more capability without reflection, the extension followed by the observations. */
    public Mind augment(int l, Vector<MindConcept> concepts, Vector<Observation> data) {
        Mind m = extend(l, concepts);
        for (Observation o : data) {
            m = m.sense(o);
        }
        return m;
    }

    /** Applies a growth step. */
    public Mind apply(MindStep step) {
        return step.apply(this);
    }

    // ---------------------------------------------------------------- helpers

    double[][] tilts() {
        double[][] t = new double[layers.size()][];
        for (int l = 0; l < t.length; l++) {
            t[l] = Kernels.array(layers.get(l).tilt());
        }
        return t;
    }

    Mind withTilts(double[][] theta) {
        Vector<Layer> out = Vector.empty();
        for (int l = 0; l < theta.length; l++) {
            Layer x = layers.get(l);
            out = out.append(new Layer(x.language(), x.definitions(), x.logWorld(), Kernels.vector(theta[l]), x.wants()));
        }
        return new Mind(out, selfAtoms);
    }

    /** The largest |G'(x) − G(x)| over layers and worlds between two minds of the same shape. */
    public static double maxMove(Mind a, Mind b) {
        double move = 0.0;
        for (int l = 0; l < a.layers.size(); l++) {
            double[] ga = a.goal(l);
            double[] gb = b.goal(l);
            if (ga.length != gb.length) {
                throw new ModelException("minds of different shapes at layer " + l);
            }
            for (int x = 0; x < ga.length; x++) {
                move = Math.max(move, Math.abs(gb[x] - ga[x]));
            }
        }
        return move;
    }

    private static Layer withWorld(Layer x, double[] logW) {
        return new Layer(x.language(), x.definitions(), Kernels.vector(logW), x.tilt(), x.wants());
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }

    static Vector<Double> atomMarginals(double[] dist, int atoms) {
        double[] m = new double[atoms];
        for (int x = 0; x < dist.length; x++) {
            for (int i = 0; i < atoms; i++) {
                if (((x >>> i) & 1) == 1) {
                    m[i] += dist[x];
                }
            }
        }
        return Kernels.vector(m);
    }

    /** 1[s(x)] for every world x of a layer with {@code worlds} worlds. */
    static double[] indicator(Sentence s, int worlds) {
        double[] f = new double[worlds];
        for (int x = 0; x < worlds; x++) {
            f[x] = s.eval(x) ? 1.0 : 0.0;
        }
        return f;
    }

    /** key(x): the bits of x at the grounded indices, packed. */
    static int[] worldKeys(int worlds, int[] grounded) {
        int[] keys = new int[worlds];
        for (int x = 0; x < worlds; x++) {
            int k = 0;
            for (int j = 0; j < grounded.length; j++) {
                if (((x >>> grounded[j]) & 1) == 1) {
                    k |= 1 << j;
                }
            }
            keys[x] = k;
        }
        return keys;
    }

    /** key(a(y)): the values of the layer's grounded atoms' definitions in lower world y, packed. */
    static int[] lowerKeys(Layer upper, int lowerWorlds) {
        int[] g = upper.groundedIndices();
        Sentence[] defs = new Sentence[g.length];
        for (int j = 0; j < g.length; j++) {
            defs[j] = upper.definitions().get(g[j]).get();
        }
        int[] keys = new int[lowerWorlds];
        for (int y = 0; y < lowerWorlds; y++) {
            int k = 0;
            for (int j = 0; j < defs.length; j++) {
                if (defs[j].eval(y)) {
                    k |= 1 << j;
                }
            }
            keys[y] = k;
        }
        return keys;
    }
}
