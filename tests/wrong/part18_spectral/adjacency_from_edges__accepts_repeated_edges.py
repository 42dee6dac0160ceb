# Mistake: Never remembers the pairs already seen, so a repeated edge silently overwrites the first
#   (and a bool n is not refused with ValueError).
# Clue: repeated edges | repeats an earlier pair
def adjacency_from_edges(n, edges, weights=None):
    if not isinstance(n, int) or n < 1:
        raise ValueError("bad n")
    m = len(edges)
    weights = np.ones(m) if weights is None else np.asarray(weights, dtype=float)
    if weights.shape != (m,) or not np.all(np.isfinite(weights) & (weights > 0)):
        raise ValueError("bad weights")
    A = np.zeros((n, n))
    for edge, w in zip(edges, weights, strict=True):
        if len(edge) != 2:
            raise ValueError("bad edge")
        i, j = int(edge[0]), int(edge[1])
        if not (0 <= i < n and 0 <= j < n) or i == j:
            raise ValueError("bad edge")
        A[i, j] = A[j, i] = w
    return A
