# Mistake: Returns (perpendicular, parallel) instead of (parallel, perpendicular).
# Clue: comes first
def decompose(v, A):
    v, A = _vector_and_columns(v, A)
    parallel = _projection(v, A)
    return v - parallel, parallel
