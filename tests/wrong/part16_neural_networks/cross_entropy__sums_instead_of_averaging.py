# Mistake: Sums the losses over the samples instead of averaging them.
# Clue: summed or averaged
def cross_entropy(probs, labels):
    probs = np.asarray(probs, dtype=float)
    if probs.ndim != 2 or probs.size == 0:
        raise ValueError("bad probs")
    labels = _labels(labels, *probs.shape)
    picked = probs[np.arange(len(labels)), labels]
    return float(-np.sum(np.log(np.clip(picked, 1e-12, None))))
