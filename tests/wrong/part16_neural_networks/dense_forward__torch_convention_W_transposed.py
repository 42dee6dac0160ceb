# Mistake: Multiplies by W transposed, PyTorch's (fan_out, fan_in) convention.
# Clue: from the left or from the right
def dense_forward(X, W, b):
    X, W, b = (np.asarray(a, dtype=float) for a in (X, W, b))
    if X.ndim != 2 or W.ndim != 2 or b.ndim != 1:
        raise ValueError("bad shapes")
    return X @ W.T + b
