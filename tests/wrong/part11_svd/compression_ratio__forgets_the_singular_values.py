# Mistake: Counts the numbers of U and Vt but not the k singular values.
# Clue: kept singular values
def compression_ratio(shape, k):
    m, n = shape
    if not all(isinstance(x, (int, np.integer)) and x >= 1 for x in (m, n)):
        raise ValueError("bad shape")
    k = _integer(k, "k", 1, min(m, n), f"the shape is {(m, n)}")
    return float(k * (m + n) / (m * n))
