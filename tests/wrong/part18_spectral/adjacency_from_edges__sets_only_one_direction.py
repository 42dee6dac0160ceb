# Mistake: Sets only A[i, j] for each edge, not A[j, i].
# Clue: how many entries
_solved_adjacency_from_edges = adjacency_from_edges


def adjacency_from_edges(n, edges, weights=None):
    _solved_adjacency_from_edges(n, edges, weights)  # the same checks
    A = np.zeros((n, n))
    values = np.ones(len(edges)) if weights is None else np.asarray(weights, dtype=float)
    for (i, j), w in zip(np.asarray(edges).reshape(-1, 2).tolist(), values, strict=True):
        A[i, j] = w
    return A
