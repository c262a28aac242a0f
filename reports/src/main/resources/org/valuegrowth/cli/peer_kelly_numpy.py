# Copied from /work/shared/bench/peer_kelly_numpy.py (the team's numpy performance peer, our own file) so that
# 'valuegrowth bench kelly --peer' runs from any checkout; keep the workload identical to the original.
"""The Kelly-market update written as a careful numpy user would (the performance peer).

Usage: python3 peer_kelly_numpy.py N T
Prints trader-updates per second for N traders over T binary outcomes (median of 5 runs).
Each trader has a fixed probability of outcome 1; log-likelihoods are precomputed; one exp per
trader per step computes the price. Compare against the Java kernel on the same N and N*T.
"""
import sys, time
import numpy as np

N, T = int(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(7)
beliefs = rng.uniform(0.01, 0.99, size=N)
outcomes = rng.integers(0, 2, size=T)
log_b, log_1mb = np.log(beliefs), np.log1p(-beliefs)


def run():
    lw = -rng.uniform(1, 50, size=N) * np.log(2)   # log prior 2^-c, c in [1, 50] bits
    for o in outcomes:
        w = np.exp(lw - lw.max())
        q = (w @ beliefs) / w.sum()
        if o:
            lw += log_b - np.log(q)
        else:
            lw += log_1mb - np.log1p(-q)
    return lw


times = []
for _ in range(5):
    t = time.perf_counter()
    run()
    times.append(time.perf_counter() - t)
med = sorted(times)[2]
print(f"numpy kelly: N={N} T={T} median {med:.4f}s  {N * T / med:.3e} trader-updates/s")
