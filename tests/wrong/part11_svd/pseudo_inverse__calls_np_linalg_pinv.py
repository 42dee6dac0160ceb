# Mistake: Calls np.linalg.pinv, which the exercise forbids.
# Clue: forbids
def pseudo_inverse(A, rcond=1e-15):
    A = _matrix(A, "A")
    if rcond < 0:
        raise ValueError("rcond must be non-negative")
    return np.linalg.pinv(A, rcond=rcond)
