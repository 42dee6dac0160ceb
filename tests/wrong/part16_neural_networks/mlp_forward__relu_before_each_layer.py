# Mistake: Applies ReLU to each layer's input, the raw X included, instead of to the hidden layers'
#   outputs.
# Clue: followed by a ReLU
def mlp_forward(X, params):
    X = _matrix(X, "X")
    H = X
    for W, b in _layers(params, X.shape[1]):
        H = np.maximum(H, 0.0) @ W + b
    return H
