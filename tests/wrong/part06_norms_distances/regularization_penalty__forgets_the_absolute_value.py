# Mistake: Sums the signed weights for the L1 term, so negative weights cancel positive ones.
# Clue: absolute values
def regularization_penalty(w, l1=0.0, l2=0.0):
    w = np.asarray(w, dtype=float)
    if w.size == 0 or not l1 >= 0 or not l2 >= 0:
        raise ValueError("bad input")
    return float(l1 * np.sum(w) + l2 * np.sum(w**2))
