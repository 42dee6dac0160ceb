# Mistake: Returns mse_gradient, the formula the check is meant to test.
# Clue: must not use the formula
def numerical_gradient_mse(X, y, w, eps=1e-6):
    if not eps > 0:
        raise ValueError("eps must be > 0")
    return mse_gradient(X, y, w)
