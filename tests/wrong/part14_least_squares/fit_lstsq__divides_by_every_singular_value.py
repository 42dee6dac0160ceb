# Mistake: Divides by every singular value, including those that are rounding noise.
# Clue: cannot see
def fit_lstsq(X, y):
    X, y = _design(X, y)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    with np.errstate(divide="ignore", invalid="ignore"):
        return Vt.T @ ((U.T @ y) / s)
