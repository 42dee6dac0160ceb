_solved_sorted_eigh = sorted_eigh


def sorted_eigh(S):
    values, vectors = _solved_sorted_eigh(S)
    return values, vectors.T.copy()
