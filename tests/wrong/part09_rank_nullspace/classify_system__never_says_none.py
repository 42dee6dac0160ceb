# Mistake: Never checks whether b can be reached, so an inconsistent system is called solvable.
# Clue: appending it
def classify_system(A, b):
    # forgets to check whether b is reachable at all
    A = _matrix(A)
    b = np.array(b, dtype=float)
    if b.ndim != 1 or b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {A.shape}")
    return "unique" if _rank(A) == A.shape[1] else "infinite"
