# Mistake: Returns the embedding transposed, one column per node.
# Clue: which axis of the result holds the nodes
_solved_spectral_embedding = spectral_embedding


def spectral_embedding(A, k):
    return _solved_spectral_embedding(A, k).T.copy()
