# Mistake: Scales by sqrt(k / 3) instead of sqrt(3 / k).
# Clue: what factor brings the variance to 1/k
def sparse_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    rng = np.random.default_rng(seed)
    return np.sqrt(k / 3) * rng.choice([-1.0, 0.0, 1.0], size=(d, k), p=[1 / 6, 2 / 3, 1 / 6])
