# Mistake: Returns the transpose of the inverse.
# Clue: one column of I at a time
_solved_inverse = inverse


def inverse(A):
    return _solved_inverse(A).T.copy()
