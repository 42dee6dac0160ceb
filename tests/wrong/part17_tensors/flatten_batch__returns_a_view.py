# Mistake: Returns the reshape of the input itself, a view that shares memory with it.
# Clue: shares memory
def flatten_batch(x):
    x = np.asarray(x, dtype=float)
    if x.ndim == 0 or x.shape[0] == 0:
        raise ValueError("bad batch")
    return x.reshape(x.shape[0], -1)
