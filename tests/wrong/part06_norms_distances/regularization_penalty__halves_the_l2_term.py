# Mistake: Multiplies the L2 term by 1/2, which this penalty does not have.
# Clue: factor 1/2
def regularization_penalty(w, l1=0.0, l2=0.0):
    w = np.asarray(w, dtype=float)
    if w.size == 0 or not l1 >= 0 or not l2 >= 0:
        raise ValueError("bad input")
    return float(l1 * np.sum(np.abs(w)) + 0.5 * l2 * np.sum(w**2))
