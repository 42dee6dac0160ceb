# Mistake: Returns one stacked array instead of a tuple of two arrays.
# Clue: tuple
def decompose(v, A):
    v, A = _vector_and_columns(v, A)
    parallel = _projection(v, A)
    return np.stack([parallel, v - parallel])
