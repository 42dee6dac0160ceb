# Mistake: Checks symmetry with np.allclose's default tolerances, which accept an asymmetry of
#   1e-6.
# Clue: at most 1e-10
_solved_sorted_eigh = sorted_eigh


def sorted_eigh(S):
    S = _square(S, "S")
    if not np.allclose(S, S.T):
        raise ValueError("S is not symmetric")
    return _solved_sorted_eigh((S + S.T) / 2)
