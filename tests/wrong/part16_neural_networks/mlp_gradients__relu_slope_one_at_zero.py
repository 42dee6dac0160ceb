# Mistake: Masks with Z >= 0, so hidden units whose pre-activation is exactly 0 pass the gradient.
# Clue: slope 0 at 0
def mlp_gradients(X, labels, params):
    X = _matrix(X, "X")
    layers = _layers(params, X.shape[1])
    labels = _labels(labels, X.shape[0], layers[-1][0].shape[1])
    logits, inputs, pre = _forward(X, layers)
    dZ = _softmax(logits)
    dZ[np.arange(len(labels)), labels] -= 1.0
    dZ /= len(labels)
    gradients = []
    for index in reversed(range(len(layers))):
        dX, dW, db = _dense_backward(dZ, inputs[index], layers[index][0])
        gradients.append((dW, db))
        if index > 0:
            dZ = dX * (pre[index - 1] >= 0)
    return gradients[::-1]
