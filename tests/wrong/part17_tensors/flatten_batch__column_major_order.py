# Mistake: Reshapes in column-major (Fortran) order.
# Clue: which order
def flatten_batch(x):
    x = np.asarray(x, dtype=float)
    if x.ndim == 0 or x.shape[0] == 0:
        raise ValueError("bad batch")
    return x.reshape(x.shape[0], -1, order="F").copy()
