# Mistake: Compares the determinant of the Gram matrix (a product of squared singular values) with
#   tol, which takes nearly dependent but independent rows for dependent ones.
# Clue: not their squares or products
def are_independent(V, tol=1e-10):
    V = _vectors(V, "V")
    tol = _tolerance(tol)
    return bool(abs(np.linalg.det(V @ V.T)) > tol)
