# Mistake: Accepts alpha = 0 (only negative alphas are refused).
# Clue: alpha > 0
def kernel_ridge_fit(K, y, alpha):
    K = _square(K, "K")
    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or y.shape[0] != K.shape[0] or alpha < 0:
        raise ValueError("bad input")
    return np.linalg.solve(K + alpha * np.eye(K.shape[0]), y)
