# Mistake: Never checks each layer's shapes, so a bias of length 1 broadcasts.
# Clue: each W is
def mlp_forward(X, params):
    H = np.asarray(X, dtype=float)
    if H.ndim != 2 or len(params) == 0:
        raise ValueError("bad input")
    for index, (W, b) in enumerate(params):
        H = H @ np.asarray(W, dtype=float) + np.asarray(b, dtype=float)
        if index < len(params) - 1:
            H = np.maximum(H, 0.0)
    return H
