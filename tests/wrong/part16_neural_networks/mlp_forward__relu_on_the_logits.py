# Mistake: Applies ReLU after the last layer too, clipping the logits at 0.
# Clue: logits be negative
def mlp_forward(X, params):
    X = _matrix(X, "X")
    H = X
    for W, b in _layers(params, X.shape[1]):
        H = np.maximum(H @ W + b, 0.0)
    return H
