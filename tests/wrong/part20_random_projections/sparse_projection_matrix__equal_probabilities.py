# Mistake: Draws -1, 0 and 1 with equal probabilities instead of 1/6, 2/3 and 1/6.
# Clue: given probabilities
def sparse_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    rng = np.random.default_rng(seed)
    return np.sqrt(3 / k) * rng.choice([-1.0, 0.0, 1.0], size=(d, k))
