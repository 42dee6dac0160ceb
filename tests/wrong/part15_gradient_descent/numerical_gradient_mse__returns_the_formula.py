def numerical_gradient_mse(X, y, w, eps=1e-6):
    if not eps > 0:
        raise ValueError("eps must be > 0")
    return mse_gradient(X, y, w)
