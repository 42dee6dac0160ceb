_solved_sorted_eigh = sorted_eigh


def sorted_eigh(S):
    S = _square(S, "S")
    if not np.allclose(S, S.T):
        raise ValueError("S is not symmetric")
    return _solved_sorted_eigh((S + S.T) / 2)
