# Mistake: Uses the L2 norm instead of the squared L2 norm.
# Clue: squared norm
def regularization_penalty(w, l1=0.0, l2=0.0):
    w = np.asarray(w, dtype=float)
    if w.size == 0 or not l1 >= 0 or not l2 >= 0:
        raise ValueError("bad input")
    return float(l1 * np.sum(np.abs(w)) + l2 * np.sqrt(np.sum(w**2)))
