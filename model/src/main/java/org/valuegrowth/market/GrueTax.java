package org.valuegrowth.market;

import org.valuegrowth.numeric.ModelException;

/**
 * The Grue tax: the prior cost of redefining a trader as "if episode &lt; K then A else B".
 *
 * <p>The episode index K &gt;= 1 is written in the Elias delta code (Elias 1975, "Universal
 * codeword sets and representations of the integers", IEEE Trans. Inf. Theory 21(2)), a
 * prefix-free code of length ℓ(K) = ⌊log2 K⌋ + 2⌊log2(⌊log2 K⌋ + 1)⌋ + 1 bits:
 * ℓ(1) = 1, ℓ(2) = 4, ℓ(17) = 9, ℓ(1000) = 16. What the grue trader is charged on top of ℓ(K) is a
 * {@link Charge}; see {@code spec/market.md} §5.
 */
public final class GrueTax {
    private GrueTax() {
    }

    /** What a grue trader's description length is made of, besides ℓ(K). */
    public sealed interface Charge permits BothParts, Base {
        /** The bits charged for the two parts A and B. */
        double partsBits(PredictorTrader before, PredictorTrader after);
    }

    /** c(A) + c(B): the switch names both rules in full (the default). */
    public record BothParts() implements Charge {
        @Override
        public double partsBits(PredictorTrader before, PredictorTrader after) {
            return before.complexityBits() + after.complexityBits();
        }
    }

    /**
     * A stated base complexity (e.g. the cluster's central element) whatever A and B cost.
     *
     * @param bits the base complexity, finite and &gt;= 0
     */
    public record Base(double bits) implements Charge {
        /** Validates the bits. */
        public Base {
            ModelException.requireNonNegative("grue base complexity (bits)", bits);
        }

        @Override
        public double partsBits(PredictorTrader before, PredictorTrader after) {
            return bits;
        }
    }

    /** ⌊log2 n⌋ for n &gt;= 1. */
    private static int floorLog2(long n) {
        return 63 - Long.numberOfLeadingZeros(n);
    }

    private static long requirePositive(long k) {
        if (k < 1) {
            throw new ModelException("Elias delta codes integers >= 1: " + k);
        }
        return k;
    }

    /** The Elias delta code length ℓ(K) in bits, K &gt;= 1. */
    public static int codeLength(long k) {
        requirePositive(k);
        int n = floorLog2(k);
        return n + 2 * floorLog2(n + 1L) + 1;
    }

    /**
     * The Elias delta codeword of K &gt;= 1 as a string of '0'/'1': with N = ⌊log2 K⌋ + 1 the
     * bit length of K, the Elias gamma code of N (⌊log2 N⌋ zeros, then N in binary), then the
     * N − 1 bits of K after its leading 1.
     */
    public static String codeword(long k) {
        requirePositive(k);
        String kBits = Long.toBinaryString(k);
        String nBits = Integer.toBinaryString(kBits.length());
        return "0".repeat(nBits.length() - 1) + nBits + kBits.substring(1);
    }

    /** The grue trader "episode &lt; K: A, else B" charged c(A) + c(B) + ℓ(K). */
    public static PredictorTrader grue(String name, PredictorTrader before, PredictorTrader after, int k) {
        return grue(name, before, after, k, new BothParts());
    }

    /**
     * The grue trader "episode &lt; K: A, else B": predictor {@code Switch(A, B, K)}, complexity
     * {@code charge.partsBits(A, B) + ℓ(K)}.
     *
     * @throws ModelException if K &lt; 1 or the alphabets differ
     */
    public static PredictorTrader grue(String name, PredictorTrader before, PredictorTrader after, int k,
            Charge charge) {
        if (before == null || after == null || charge == null) {
            throw new ModelException("grue parts and charge must not be null");
        }
        int ell = codeLength(k);
        return new PredictorTrader(name, charge.partsBits(before, after) + ell,
                new Predictor.Switch(before.predictor(), after.predictor(), k));
    }
}
