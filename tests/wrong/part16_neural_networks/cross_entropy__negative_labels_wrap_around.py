# Mistake: Checks only that the labels are whole numbers, so labels outside [0, c) wrap around or
#   raise IndexError.
# Clue: [0, c)
def cross_entropy(probs, labels):
    probs = np.asarray(probs, dtype=float)
    if probs.ndim != 2 or probs.size == 0:
        raise ValueError("bad probs")
    labels = np.asarray(labels)
    if labels.shape != (probs.shape[0],) or np.any(labels != np.round(labels)):
        raise ValueError("bad labels")
    labels = labels.astype(int)
    picked = probs[np.arange(len(labels)), labels]
    return float(-np.mean(np.log(np.clip(picked, 1e-12, None))))
