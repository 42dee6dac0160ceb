# Mistake: Never checks n_samples, and tests eps with comparisons that NaN passes, so 0 samples
#   overflow instead of raising ValueError.
# Clue: integer >= 1
def jl_min_dim(n_samples, eps):
    if eps <= 0 or eps >= 1:
        raise ValueError("eps must be in (0, 1)")
    return int(np.ceil(4 * np.log(n_samples) / (eps**2 / 2 - eps**3 / 3)))
