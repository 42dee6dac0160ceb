# Mistake: Solves the normal equations A^T A c = A^T v, which are singular when the columns are
#   dependent.
# Clue: normal equations
def project_onto_subspace(v, A):
    v, A = _vector_and_columns(v, A)
    coefficients = np.linalg.solve(A.T @ A, A.T @ v)
    return A @ coefficients
