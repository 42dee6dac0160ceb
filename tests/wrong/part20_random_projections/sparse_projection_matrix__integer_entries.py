# Mistake: Draws integer entries without the scale factor, an int64 array.
# Clue: float64
def sparse_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    rng = np.random.default_rng(seed)
    return rng.choice([-1, 0, 1], size=(d, k), p=[1 / 6, 2 / 3, 1 / 6])
