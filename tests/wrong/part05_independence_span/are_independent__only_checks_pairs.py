# Mistake: Only checks whether two rows at a time are parallel, which misses a row that is a
#   combination of several others.
# Clue: two at a time
def are_independent(V, tol=1e-10):
    V = _vectors(V, "V")
    tol = _tolerance(tol)
    norms = np.linalg.norm(V, axis=1)
    if np.any(norms <= tol):
        return False
    for i in range(len(V)):
        for j in range(i + 1, len(V)):
            cosine = V[i] @ V[j] / (norms[i] * norms[j])
            if abs(abs(cosine) - 1.0) <= tol:
                return False
    return True
