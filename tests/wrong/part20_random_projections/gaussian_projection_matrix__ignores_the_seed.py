# Mistake: Creates the generator without the seed, so every call gives different entries.
# Clue: which generator does the seed go to
def gaussian_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    return np.random.default_rng().normal(0.0, 1.0 / np.sqrt(k), size=(d, k))
