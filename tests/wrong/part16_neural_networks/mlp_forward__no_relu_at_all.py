# Mistake: Applies no ReLU between the layers.
# Clue: followed by a ReLU
def mlp_forward(X, params):
    X = _matrix(X, "X")
    H = X
    for W, b in _layers(params, X.shape[1]):
        H = H @ W + b
    return H
