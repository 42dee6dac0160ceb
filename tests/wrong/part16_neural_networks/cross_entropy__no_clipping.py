# Mistake: Takes the log of the picked probabilities without clipping, so a zero probability gives
#   infinity.
# Clue: log(0) | clipped
def cross_entropy(probs, labels):
    probs = np.asarray(probs, dtype=float)
    if probs.ndim != 2 or probs.size == 0:
        raise ValueError("bad probs")
    labels = _labels(labels, *probs.shape)
    with np.errstate(divide="ignore"):
        return float(-np.mean(np.log(probs[np.arange(len(labels)), labels])))
