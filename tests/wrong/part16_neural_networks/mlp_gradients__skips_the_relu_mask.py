# Mistake: Passes dX to the previous layer without multiplying by the ReLU mask.
# Clue: mask
def mlp_gradients(X, labels, params):
    X = _matrix(X, "X")
    layers = _layers(params, X.shape[1])
    labels = _labels(labels, X.shape[0], layers[-1][0].shape[1])
    logits, inputs, _pre = _forward(X, layers)
    dZ = _softmax(logits)
    dZ[np.arange(len(labels)), labels] -= 1.0
    dZ /= len(labels)
    gradients = []
    for index in reversed(range(len(layers))):
        dX, dW, db = _dense_backward(dZ, inputs[index], layers[index][0])
        gradients.append((dW, db))
        dZ = dX
    return gradients[::-1]
