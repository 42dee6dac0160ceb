# Mistake: Divides the central difference by eps instead of 2 eps.
# Clue: how far apart
def numerical_gradient_mse(X, y, w, eps=1e-6):
    X, y, w = _problem(X, y, w)
    if not eps > 0:
        raise ValueError("eps must be > 0")
    gradient = np.empty(w.shape[0])
    for j in range(w.shape[0]):
        step = np.zeros(w.shape[0])
        step[j] = eps
        gradient[j] = (_loss(X, y, w + step) - _loss(X, y, w - step)) / eps
    return gradient
