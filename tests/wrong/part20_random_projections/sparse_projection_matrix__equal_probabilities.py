def sparse_projection_matrix(d, k, seed=0):
    _check_dims(d, k)
    rng = np.random.default_rng(seed)
    return np.sqrt(3 / k) * rng.choice([-1.0, 0.0, 1.0], size=(d, k))
