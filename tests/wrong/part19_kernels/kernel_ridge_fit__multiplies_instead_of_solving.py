# Mistake: Multiplies (K + alpha I) by y instead of solving the system.
# Clue: product or a system
def kernel_ridge_fit(K, y, alpha):
    K = _square(K, "K")
    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or y.shape[0] != K.shape[0] or not alpha > 0:
        raise ValueError("bad input")
    return (K + alpha * np.eye(K.shape[0])) @ y
