# Mistake: Demands exact symmetry with np.array_equal, so a symmetric matrix with rounding-level
#   asymmetry is refused.
# Clue: how far from symmetric
_solved_sorted_eigh = sorted_eigh


def sorted_eigh(S):
    S = np.asarray(S, dtype=float)
    if S.ndim == 2 and S.shape[0] == S.shape[1] and not np.array_equal(S, S.T):
        raise ValueError("S is not symmetric")
    return _solved_sorted_eigh(S)
