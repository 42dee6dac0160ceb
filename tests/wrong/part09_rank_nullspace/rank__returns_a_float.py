# Mistake: Returns the count as a float instead of an int.
# Clue: expected an int
def rank(A, tol=None):
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    return float(np.sum(s > _threshold(s, A.shape, tol)))
