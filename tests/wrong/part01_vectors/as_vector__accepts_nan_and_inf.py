# Mistake: Checks the shape and size but never checks that the entries are finite, so NaN and
#   infinity pass.
# Clue: finite | isfinite
def as_vector(values):
    vector = np.array(values, dtype=float)
    if vector.ndim != 1 or vector.size == 0:
        raise ValueError("bad vector")
    return vector
