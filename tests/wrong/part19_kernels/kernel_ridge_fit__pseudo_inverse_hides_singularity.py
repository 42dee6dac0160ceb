# Mistake: Uses the pseudo-inverse, which hides a singular K + alpha I instead of raising
#   LinAlgError.
# Clue: singular
def kernel_ridge_fit(K, y, alpha):
    K = _square(K, "K")
    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or y.shape[0] != K.shape[0] or not alpha > 0:
        raise ValueError("bad input")
    return np.linalg.pinv(K + alpha * np.eye(K.shape[0])) @ y
