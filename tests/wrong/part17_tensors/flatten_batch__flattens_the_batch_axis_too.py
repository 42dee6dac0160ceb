# Mistake: Flattens everything into one vector, the batch axis included.
# Clue: Which axis must survive
def flatten_batch(x):
    x = np.asarray(x, dtype=float)
    if x.ndim == 0 or x.shape[0] == 0:
        raise ValueError("bad batch")
    return x.ravel().copy()
