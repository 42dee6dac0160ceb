# Mistake: Counts singular values >= the threshold instead of >, so the zero matrix gets full rank.
# Clue: equal to the cut-off
def rank(A, tol=None):
    # >= instead of >: a zero matrix gets full rank, since 0 >= 0
    A = _matrix(A)
    s = np.linalg.svd(A, compute_uv=False)
    return int(np.count_nonzero(s >= _threshold(s, A.shape, tol)))
