# Mistake: Multiplies by Vt instead of V (Vt transposed) when Vt is square.
# Clue: its transpose
def fit_lstsq(X, y):
    X, y = _design(X, y)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    keep = s > max(X.shape) * np.finfo(float).eps * s.max()
    coefficients = np.zeros(len(s))
    coefficients[keep] = (U[:, keep].T @ y) / s[keep]
    if Vt.shape[0] == Vt.shape[1]:
        return Vt @ coefficients
    return Vt.T @ coefficients
