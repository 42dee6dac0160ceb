# Mistake: Draws a (k, d) matrix instead of (d, k).
# Clue: d-by-k
def gaussian_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    return np.random.default_rng(seed).normal(0.0, 1.0 / np.sqrt(k), size=(k, d))
