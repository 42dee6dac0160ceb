# Mistake: Builds the unweighted matrix, ignoring the weights.
# Clue: which value
_solved_adjacency_from_edges = adjacency_from_edges


def adjacency_from_edges(n, edges, weights=None):
    return _solved_adjacency_from_edges(n, edges)
