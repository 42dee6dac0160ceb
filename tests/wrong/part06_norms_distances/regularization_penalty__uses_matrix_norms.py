# Mistake: Uses np.linalg.norm(w, 1) on a matrix, the largest column sum, instead of the sum over
#   all entries.
# Clue: over which entries
def regularization_penalty(w, l1=0.0, l2=0.0):
    w = np.asarray(w, dtype=float)
    if w.size == 0 or not l1 >= 0 or not l2 >= 0:
        raise ValueError("bad input")
    if w.ndim > 2:
        w = w.reshape(w.shape[0], -1)
    return float(l1 * np.linalg.norm(w, 1) + l2 * np.linalg.norm(w) ** 2)
