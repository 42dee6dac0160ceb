# Mistake: Calls np.linalg.solve, which the exercise forbids.
# Clue: forbids
def solve_cholesky(A, b):
    A = _symmetric(A)
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2) or b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {A.shape}")
    _factor(A)  # raises LinAlgError as the contract asks
    return np.linalg.solve(A, b)
