def project_onto_subspace(v, A):
    v, A = _vector_and_columns(v, A)
    Q, _ = np.linalg.qr(A)
    return Q @ (Q.T @ v)
