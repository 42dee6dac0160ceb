# Mistake: Returns the projection minus v as the perpendicular part, instead of v minus the
#   projection.
# Clue: it minus v
def decompose(v, A):
    v, A = _vector_and_columns(v, A)
    parallel = _projection(v, A)
    return parallel, parallel - v
