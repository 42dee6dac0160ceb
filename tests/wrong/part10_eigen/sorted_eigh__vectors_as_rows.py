# Mistake: Returns the eigenvectors as rows instead of columns.
# Clue: as columns
_solved_sorted_eigh = sorted_eigh


def sorted_eigh(S):
    values, vectors = _solved_sorted_eigh(S)
    return values, vectors.T.copy()
