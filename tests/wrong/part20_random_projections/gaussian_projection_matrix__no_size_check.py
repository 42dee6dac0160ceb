# Mistake: Never checks d and k, so a zero dimension is accepted.
# Clue: integers >= 1
def gaussian_projection_matrix(d, k, seed=0):
    return np.random.default_rng(seed).normal(0.0, 1.0 / np.sqrt(max(k, 1)), size=(d, k))
