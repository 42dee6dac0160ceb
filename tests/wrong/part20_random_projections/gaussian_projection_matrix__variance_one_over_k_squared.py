# Mistake: Uses 1/k as the standard deviation, so the variance is 1/k^2 instead of 1/k.
# Clue: standard deviation
def gaussian_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    return np.random.default_rng(seed).normal(0.0, 1.0 / k, size=(d, k))
