def project_onto_subspace(v, A):
    v, A = _vector_and_columns(v, A)
    coefficients = np.linalg.solve(A.T @ A, A.T @ v)
    return A @ coefficients
