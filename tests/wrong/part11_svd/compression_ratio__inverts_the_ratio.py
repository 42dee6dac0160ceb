# Mistake: Divides the size of the full matrix by the size of the SVD instead of the other way
#   round.
# Clue: goes on top
def compression_ratio(shape, k):
    m, n = shape
    if not all(isinstance(x, (int, np.integer)) and x >= 1 for x in (m, n)):
        raise ValueError("bad shape")
    k = _integer(k, "k", 1, min(m, n), f"the shape is {(m, n)}")
    return float(m * n / (k * (m + n + 1)))
