# Mistake: Builds the array without dtype=float, so a list of integers comes back as an int64
#   array.
# Clue: float64 | float array
def as_vector(values):
    vector = np.array(values)
    if vector.ndim != 1 or vector.size == 0 or not np.all(np.isfinite(vector)):
        raise ValueError("bad vector")
    return vector
