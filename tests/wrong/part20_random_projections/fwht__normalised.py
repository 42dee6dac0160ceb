# Mistake: Divides the result by sqrt(n), the normalised transform.
# Clue: unnormalised
_fwht_solved = fwht


def fwht(x):
    y = _fwht_solved(x)
    return y / np.sqrt(y.size)
