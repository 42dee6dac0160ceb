# Mistake: Checks only the upper bound of the node indices, so negative nodes wrap around (and a
#   bool n is not refused with ValueError).
# Clue: [0, n) | outside 0..n-1
def adjacency_from_edges(n, edges, weights=None):
    if not isinstance(n, int) or n < 1:
        raise ValueError("bad n")
    m = len(edges)
    weights = np.ones(m) if weights is None else np.asarray(weights, dtype=float)
    if weights.shape != (m,) or not np.all(np.isfinite(weights) & (weights > 0)):
        raise ValueError("bad weights")
    A = np.zeros((n, n))
    seen = set()
    for edge, w in zip(edges, weights, strict=True):
        if len(edge) != 2:
            raise ValueError("bad edge")
        i, j = int(edge[0]), int(edge[1])
        if i >= n or j >= n or i == j or frozenset((i, j)) in seen:
            raise ValueError("bad edge")
        seen.add(frozenset((i, j)))
        A[i, j] = A[j, i] = w
    return A
