# Mistake: Truncates the bound with int() instead of rounding up.
# Clue: which way must you round
def jl_min_dim(n_samples, eps):
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1 or not 0 < eps < 1:
        raise ValueError("bad input")
    return int(4 * np.log(n_samples) / (eps**2 / 2 - eps**3 / 3))
