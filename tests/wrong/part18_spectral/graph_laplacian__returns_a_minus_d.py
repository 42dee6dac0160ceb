# Mistake: Returns A - D, the negative of the Laplacian.
# Clue: which sign
_solved_graph_laplacian = graph_laplacian


def graph_laplacian(A, normalized=False):
    return -_solved_graph_laplacian(A, normalized)
