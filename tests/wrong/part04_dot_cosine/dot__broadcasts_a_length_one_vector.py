# Mistake: Multiplies with broadcasting and never compares the lengths, so a length-1 vector is
#   stretched.
# Clue: same length | lengths 1 and 3
def dot(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if u.ndim != 1 or v.ndim != 1 or u.size == 0 or v.size == 0:
        raise ValueError("bad vectors")
    return float(np.sum(u * v))
