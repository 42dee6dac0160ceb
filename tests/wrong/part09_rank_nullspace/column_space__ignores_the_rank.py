# Mistake: Keeps all min(m, n) columns of U, also those of zero singular values.
# Clue: zero in all but rounding
def column_space(A, tol=None):
    # keeps all min(m, n) columns of U, also those of zero singular values
    if tol is not None and not tol >= 0:
        raise ValueError(f"tol must be None or >= 0, got {tol}")
    A = _matrix(A)
    U, _, _ = np.linalg.svd(A, full_matrices=False)
    return _sign_convention(U.copy())
