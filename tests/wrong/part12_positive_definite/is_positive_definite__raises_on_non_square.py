# Mistake: Raises ValueError for a non-square matrix instead of returning False.
# Clue: before positivity
def is_positive_definite(A):
    A = _square(A)
    if not _asymmetry(A) <= _SYMMETRY_RTOL:
        return False
    try:
        _factor(A)
    except np.linalg.LinAlgError:
        return False
    return True
