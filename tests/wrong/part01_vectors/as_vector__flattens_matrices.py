# Mistake: Ravels any input to one dimension, so a matrix is accepted as a vector instead of
#   raising ValueError.
# Clue: 1-D | ndim 1
def as_vector(values):
    vector = np.array(values, dtype=float).ravel()
    if vector.size == 0 or not np.all(np.isfinite(vector)):
        raise ValueError("bad vector")
    return vector
