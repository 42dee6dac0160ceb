# Mistake: Adds alpha to every entry of K instead of its diagonal.
# Clue: only the diagonal
def kernel_ridge_fit(K, y, alpha):
    K = _square(K, "K")
    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or y.shape[0] != K.shape[0] or not alpha > 0:
        raise ValueError("bad input")
    return np.linalg.solve(K + alpha, y)
