# Mistake: Puts 1 on the whole diagonal of the normalised Laplacian, isolated nodes included.
# Clue: isolated node
_solved_graph_laplacian = graph_laplacian


def graph_laplacian(A, normalized=False):
    L = _solved_graph_laplacian(A, normalized)
    if normalized:
        np.fill_diagonal(L, 1.0)
    return L
