# Mistake: Uses the base-10 logarithm instead of the natural one.
# Clue: Which logarithm
def jl_min_dim(n_samples, eps):
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1 or not 0 < eps < 1:
        raise ValueError("bad input")
    return int(np.ceil(4 * np.log10(n_samples) / (eps**2 / 2 - eps**3 / 3)))
