# Mistake: Returns the rounded-up bound as a numpy float instead of an int.
# Clue: expected an int
def jl_min_dim(n_samples, eps):
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1 or not 0 < eps < 1:
        raise ValueError("bad input")
    return np.ceil(4 * np.log(n_samples) / (eps**2 / 2 - eps**3 / 3))
