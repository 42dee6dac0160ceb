# Mistake: Never converts to float, so integer vectors give a numpy integer instead of a float.
# Clue: an integer | uint8
def dot(u, v):
    u, v = np.asarray(u), np.asarray(v)
    if u.ndim != 1 or v.ndim != 1 or u.size == 0 or u.shape != v.shape:
        raise ValueError("bad vectors")
    return u @ v
