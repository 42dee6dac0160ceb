# Mistake: Starts from softmax minus one-hot without the 1/n of the mean loss.
# Clue: 1/n
def mlp_gradients(X, labels, params):
    X = _matrix(X, "X")
    layers = _layers(params, X.shape[1])
    labels = _labels(labels, X.shape[0], layers[-1][0].shape[1])
    logits, inputs, pre = _forward(X, layers)
    dZ = _softmax(logits)
    dZ[np.arange(len(labels)), labels] -= 1.0
    gradients = []
    for index in reversed(range(len(layers))):
        dX, dW, db = _dense_backward(dZ, inputs[index], layers[index][0])
        gradients.append((dW, db))
        if index > 0:
            dZ = dX * (pre[index - 1] > 0)
    return gradients[::-1]
