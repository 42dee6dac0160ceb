# Mistake: Treats the rows of A as the spanning vectors instead of its columns.
# Clue: columns of A
def project_onto_subspace(v, A):
    v, A = _vector(v, "v"), _matrix(A, "A")
    if A.shape[1] != v.shape[0]:
        raise ValueError("v must have one entry per column of A")
    coefficients, *_ = np.linalg.lstsq(A.T, v, rcond=None)
    return A.T @ coefficients
