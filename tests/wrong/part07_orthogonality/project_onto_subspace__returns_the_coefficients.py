# Mistake: Returns the least-squares coefficients c instead of the projection A c.
# Clue: A c
def project_onto_subspace(v, A):
    v, A = _vector_and_columns(v, A)
    coefficients, *_ = np.linalg.lstsq(A, v, rcond=None)
    return coefficients
