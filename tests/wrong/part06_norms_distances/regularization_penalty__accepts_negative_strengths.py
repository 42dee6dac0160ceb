# Mistake: Never checks the strengths, so a negative l1 or l2 gives a negative penalty.
# Clue: numbers >= 0
def regularization_penalty(w, l1=0.0, l2=0.0):
    w = np.asarray(w, dtype=float)
    if w.size == 0:
        raise ValueError("w must have at least one entry")
    return float(l1 * np.sum(np.abs(w)) + l2 * np.sum(w**2))
