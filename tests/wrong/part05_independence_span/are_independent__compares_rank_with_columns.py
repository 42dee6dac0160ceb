# Mistake: Compares the rank with the number of columns instead of the number of rows (vectors).
# Clue: rows or of columns
def are_independent(V, tol=1e-10):
    V = _vectors(V, "V")
    return _rank(V, _tolerance(tol)) == V.shape[1]
