# Mistake: Uses the one-sided difference (L(w + eps e_j) - L(w)) / eps instead of a central one.
# Clue: which two points
def numerical_gradient_mse(X, y, w, eps=1e-6):
    X, y, w = _problem(X, y, w)
    if not eps > 0:
        raise ValueError("eps must be > 0")
    base = _loss(X, y, w)
    gradient = np.empty(w.shape[0])
    for j in range(w.shape[0]):
        step = np.zeros(w.shape[0])
        step[j] = eps
        gradient[j] = (_loss(X, y, w + step) - base) / eps
    return gradient
